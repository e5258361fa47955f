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

    @Message("导航")
    String navigation();

    @Message("报送报告")
    String submitReport();

    @Message("通知")
    String inbox();

    @Message("订阅")
    String subscriptions();

    @Message("未读")
    String unread();

    @Message("类型")
    String kind();

    @Message("乡镇代码")
    String townshipCode();

    @Message("新通知会自动出现在列表顶部，无需刷新。")
    String liveHint();

    @Message("暂无通知。")
    String inboxEmpty();

    @Message("查看报告")
    String openReport();

    @Message("标为已读")
    String markRead();

    @Message("报送截止日")
    String dueDate();

    @Message("报送时间")
    String timeliness();

    @Message("各乡镇得分")
    String scoreChart();

    @Message("读取结果")
    String parsed();

    @Message("报送成功。以下是系统读取到的内容：")
    String submittedOk();

    @Message("找到的部分")
    String sections();

    @Message("提示")
    String warnings();

    @Message("上传报告文件（.docx、.pdf 或 .txt，不超过5 MB）")
    String chooseFile();

    @Message("或粘贴报告正文")
    String pasteText();

    @Message("同一份报告重复提交不会产生新版本；修改后再次报送会成为新版本。")
    String submitHint();

    @Message("报告中的数据")
    String indicators();

    @Message("指标")
    String indicator();

    @Message("数值")
    String value();

    @Message("出处")
    String source();

    @Message("约数")
    String approximate();

    @Message("与其他乡镇报告雷同的段落")
    String reuseTitle();

    @Message("本报告")
    String thisReport();

    @Message("雷同部分占本报告")
    String share();

    @Message("您无权查看该乡镇的报告，仅显示乡镇和雷同比例。")
    String otherNotReadable();

    @Message("各版本")
    String versionsTitle();

    @Message("收到时间")
    String received();

    @Message("下载原件")
    String download();

    @Message("当前版本")
    String current();

    @Message("比较版本")
    String compare();

    @Message("从版本")
    String fromVersion();

    @Message("到版本")
    String toVersion();

    @Message("处有改动")
    String changedParagraphs();

    @Message("两个版本的正文相同。")
    String noChanges();

    @Message("返回报告")
    String backToReport();

    @Message("签名密钥只显示这一次，请立即复制保存：")
    String secretOnce();

    @Message("尚无订阅。")
    String noSubscriptions();

    @Message("通知方式")
    String channel();

    @Message("接收地址")
    String target();

    @Message("状态")
    String status();

    @Message("操作")
    String actions();

    @Message("验证")
    String verify();

    @Message("暂停")
    String pause();

    @Message("恢复")
    String resume();

    @Message("更换签名密钥")
    String rotate();

    @Message("投递记录")
    String deliveries();

    @Message("删除")
    String delete();

    @Message("新建订阅")
    String newSubscription();

    @Message("接收地址：Webhook 填网址（https://…），电子邮件填邮箱；站内通知不用填")
    String targetHint();

    @Message("关注的地区代码（管理员填写）")
    String placeCode();

    @Message("订阅")
    String subscribe();

    @Message("尚无投递记录。")
    String noDeliveries();

    @Message("尝试次数")
    String attempts();

    @Message("最近一次错误")
    String lastError();

    @Message("重新投递")
    String replay();

    @Message("各地报送率（%）")
    String submittedChart();

    @Message("地区")
    String place();

    @Message("报送率")
    String submittedRate();

    @Message("您已退出登录。")
    String signedOut();

    @Message("重新登录")
    String signInAgain();

    @Message("得分偏低的部分（低于60分）")
    String weakParts();

    @Message("核查中")
    String notAssessedShort();
}
