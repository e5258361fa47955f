package io.fazhi.console.session;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An OpenID Connect provider on a loopback port, as the console's production sign-in sees one:
 * discovery, its signing key, and a token endpoint that turns the one code it handed out into
 * tokens of 上党区's county office (groups and place, as the organisation's provider issues them).
 * Tokens are signed with the development key.
 */
public class IdentityProviderStandIn implements QuarkusTestResourceLifecycleManager {

    public static final String CODE = "code-for-the-county-clerk";
    public static final String CLIENT_SECRET = "console-secret-for-tests";

    /** The token endpoint's requests (form bodies), in order. */
    public static final List<String> TOKEN_REQUESTS = new CopyOnWriteArrayList<>();

    /** The access token the provider issued: the one the console must send the API. */
    public static volatile String accessToken;

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/fazhi";
        server.createContext(
                "/realms/fazhi/.well-known/openid-configuration", exchange -> send(exchange, """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/auth","token_endpoint":"%1$s/token","jwks_uri":"%1$s/keys",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"]}""".formatted(issuer)));
        server.createContext("/realms/fazhi/keys", exchange -> send(exchange, jwks()));
        server.createContext("/realms/fazhi/token", exchange -> {
            String form = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String basic = String.valueOf(exchange.getRequestHeaders().getFirst("Authorization"));
            TOKEN_REQUESTS.add(form + " " + basic);
            boolean client = basic.equals("Basic "
                    + Base64.getEncoder()
                            .encodeToString(("fazhi-console:" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8)));
            if (!client || !form.contains("code=" + CODE)) {
                exchange.sendResponseHeaders(400, -1);
                exchange.close();
                return;
            }
            accessToken = token(issuer, "fazhi");
            send(exchange, """
                    {"access_token":"%s","id_token":"%s","token_type":"Bearer","expires_in":600}""".formatted(accessToken, token(issuer, "fazhi-console")));
        });
        server.start();
        return Map.of("quarkus.oidc.auth-server-url", issuer);
    }

    private static String token(String issuer, String audience) {
        return Jwt.issuer(issuer)
                .audience(audience)
                .subject("clerk-140404")
                .groups("county-office")
                .claim("place", "140404")
                .expiresIn(Duration.ofMinutes(10))
                .jws()
                .keyId("dev")
                .sign();
    }

    /** The development public key as a JSON Web Key Set. */
    private static String jwks() {
        try (InputStream pem = IdentityProviderStandIn.class.getResourceAsStream("/dev-jwt/publicKey.pem")) {
            String base64 =
                    new String(pem.readAllBytes(), StandardCharsets.US_ASCII).replaceAll("-----[A-Z ]+-----|\\s", "");
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return """
                    {"keys":[{"kty":"RSA","kid":"dev","use":"sig","alg":"RS256","n":"%s","e":"%s"}]}""".formatted(unsigned(key.getModulus()), unsigned(key.getPublicExponent()));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void send(HttpExchange exchange, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    @Override
    public void stop() {
        server.stop(0);
    }
}
