package io.fazhi.console.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Every label the pages show, in one place ({msg:…} in the templates). */
@MessageBundle
public interface Labels {

    @Message("法治政府建设年度报告")
    String app();

    @Message("登录")
    String signIn();

    @Message("退出登录")
    String signOut();

    @Message("选择演示用户（仅本地环境）")
    String chooseDemoUser();

    @Message("县级工作台")
    String countyBoard();

    @Message("年度")
    String year();

    @Message("乡镇")
    String township();

    @Message("已报送")
    String submitted();

    @Message("未报送")
    String notSubmitted();

    @Message("得分")
    String score();

    @Message("逾期天数")
    String daysLate();

    @Message("缺少的必备内容")
    String missing();

    @Message("与其他乡镇雷同")
    String reuse();

    @Message("版本数")
    String versions();

    @Message("应报送")
    String expected();

    @Message("平均分")
    String meanScore();

    @Message("逾期")
    String late();

    @Message("排序")
    String sort();

    @Message("筛选")
    String filter();

    @Message("全部")
    String all();

    @Message("查看")
    String show();

    @Message("版本")
    String version();

    @Message("核查结果")
    String grades();

    @Message("尚未核查：报告送达后几秒内完成。")
    String notAssessed();

    @Message("不计分（计划或不足）")
    String notCounted();

    @Message("报告正文")
    String text();

    @Message("下载表格（CSV）")
    String csv();

    @Message("本乡镇的年度报告")
    String ownReports();

    @Message("尚无报告。")
    String noReports();

    @Message("标题")
    String title();

    @Message("已撤回")
    String withdrawn();
}
