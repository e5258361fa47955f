package io.fazhi.console.session;

import io.fazhi.console.page.Pages;
import io.smallrye.jwt.build.Jwt;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sign-in and sign-out. The local suite's sign-in page lists demo users and signs in as one with
 * the development key; it exists only where {@code fazhi.console.demo-sign-in} is on (the local
 * profile): anywhere else it is a 404, and users sign in with the organisation's identity provider.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    /** Whether the demo sign-in page exists: true only in the local profile and tests. */
    @ConfigProperty(name = "fazhi.console.demo-sign-in", defaultValue = "false")
    boolean demoSignIn;

    /** The issuer the services expect (mp.jwt.verify.issuer): the demo tokens carry it. */
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    SessionCookie cookie;

    @GET
    @Path("signin")
    public String signInPage() {
        requireDemo();
        return Pages.signIn(DemoUsers.ALL, null).render();
    }

    @POST
    @Path("signin")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response signIn(@FormParam("user") String user) {
        requireDemo();
        DemoUsers.DemoUser chosen = DemoUsers.byId(user == null ? "" : user).orElse(null);
        if (chosen == null) {
            return Response.status(400).entity(Pages.signIn(DemoUsers.ALL, "请选择一个演示用户。").render()).build();
        }
        String token = Jwt.issuer(issuer)
                .audience("fazhi")
                .subject(chosen.group() + ":" + (chosen.place().isEmpty() ? "all" : chosen.place()))
                .groups(chosen.group())
                .claim("place", chosen.place())
                .expiresIn(cookie.length())
                .sign();
        return Response.seeOther(URI.create("/")).cookie(cookie.holding(token)).build();
    }

    /** Ends the session: the cookie is cleared, and pages are never cached, so Back shows nothing private. */
    @POST
    @Path("signout")
    public Response signOut() {
        return Response.seeOther(URI.create(demoSignIn ? "/signin" : "/")).cookie(cookie.cleared()).build();
    }

    private void requireDemo() {
        if (!demoSignIn) {
            throw new NotFoundException();
        }
    }
}
