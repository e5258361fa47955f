package io.fazhi.console.session;

import io.fazhi.console.page.Pages;
import io.fazhi.core.identity.PlaceCheck;
import io.quarkus.oidc.OidcSession;
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
 * Sign-in and sign-out. In production users sign in with the organisation's identity provider:
 * {@code /signin/oidc} is guarded by the authorization-code flow (quarkus.http.auth.permission.sign-in),
 * so reaching it means the provider has signed the user in. The local suite's sign-in page lists demo
 * users and signs in as one with the development key; it exists only where
 * {@code fazhi.console.demo-sign-in} is on (the local profile): anywhere else it is a 404.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class SignInResource {

    @Inject
    SessionConfig config;

    /** The issuer the services expect (mp.jwt.verify.issuer): the demo tokens carry it. */
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    SessionCookie cookie;

    @Inject
    SignedIn user;

    @Inject
    OidcSession oidcSession;

    @GET
    @Path("signin")
    @PlaceCheck("none: public page")
    public String signInPage() {
        requireDemo();
        return Pages.signIn(DemoUsers.ALL, null).render();
    }

    @POST
    @Path("signin")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @PlaceCheck("none: the demo users (local profile only) each carry their own place in the token signed for them")
    public Response signIn(@FormParam("user") String user) {
        requireDemo();
        DemoUsers.DemoUser chosen = DemoUsers.byId(user == null ? "" : user).orElse(null);
        if (chosen == null) {
            return Response.status(400)
                    .entity(Pages.signIn(DemoUsers.ALL, "请选择一个演示用户。").render())
                    .build();
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

    /** Where the identity provider sends the user back, signed in: on to the start page. */
    @GET
    @Path("signin/oidc")
    @PlaceCheck("none: the identity provider's token carries the place, checked by the API on every call")
    public Response signedInByTheProvider() {
        return Response.seeOther(URI.create("/")).build();
    }

    /**
     * Ends the session: the demo cookie is cleared, an identity provider's session cookie too, and
     * pages are never cached, so Back shows nothing private.
     */
    @POST
    @Path("signout")
    @PlaceCheck("none: ends the user's own session")
    public Response signOut() {
        if (user.throughIdentityProvider()) {
            oidcSession.logout().await().indefinitely();
        }
        return Response.seeOther(URI.create(config.demoSignIn() ? "/signin" : "/signedout"))
                .cookie(cookie.cleared())
                .build();
    }

    /** After sign-out in production: a page that says so, with the way back in. */
    @GET
    @Path("signedout")
    @PlaceCheck("none: public page")
    public String signedOut() {
        return Pages.signedOut().render();
    }

    private void requireDemo() {
        if (!config.demoSignIn()) {
            throw new NotFoundException();
        }
    }
}
