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

    public static native TemplateInstance signedOut();

    public static native TemplateInstance board(BoardView board);

    public static native TemplateInstance places(io.fazhi.console.board.PlaceBoardView board);

    public static native TemplateInstance report(ReportPage page);

    public static native TemplateInstance township(TownshipHome home);

    public static native TemplateInstance inbox(io.fazhi.console.inbox.InboxPage page);

    /** One notification of the inbox: in the page, and alone for the live stream. */
    public static native TemplateInstance inbox$item(io.fazhi.console.inbox.InboxPage.Item item);

    /** The submit form, with what was read from the last submission or why it was refused. */
    public static native TemplateInstance submit(io.fazhi.console.submit.Submitted result, String error);

    /** Two versions of a report's text, what changed between them. */
    public static native TemplateInstance diff(io.fazhi.console.report.VersionDiff diff);

    public static native TemplateInstance subscriptions(io.fazhi.console.subscription.SubscriptionsPage page);

    public static native TemplateInstance deliveries(
            String subscriptionId, List<io.fazhi.console.subscription.SubscriptionsPage.DeliveryRow> rows);

    /** A refusal in words: status and what the user can do, never data. */
    public static native TemplateInstance problem(int status, String message);
}
