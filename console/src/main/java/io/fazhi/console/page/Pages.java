package io.fazhi.console.page;

import io.fazhi.console.board.BoardView;
import io.fazhi.console.report.ReportPage;
import io.fazhi.console.session.DemoUsers;
import io.fazhi.console.township.TownshipHome;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import java.util.List;

/** The console's pages (templates/Pages/*.html), each with exactly the data it shows. */
@CheckedTemplate(basePath = "Pages")
public class Pages {

    public static native TemplateInstance signIn(List<DemoUsers.DemoUser> users, String error);

    public static native TemplateInstance home(String group, String place);

    public static native TemplateInstance board(BoardView board);

    public static native TemplateInstance report(ReportPage page);

    public static native TemplateInstance township(TownshipHome home);

    /** A refusal in words: status and what the user can do, never data. */
    public static native TemplateInstance problem(int status, String message);
}
