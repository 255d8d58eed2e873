package org.socialpsych.gateway;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Mono;

/**
 * Local profile only: mints RS256 tokens with the key pair local-stack generated, so a developer
 * can call the API without an identity provider. Outside the local profile this bean does not
 * exist and the path answers 404.
 */
@RestController
@Profile("local")
public class DevTokenController {

    static final String PATH = "/api/v1/dev/tokens";
    private static final Set<String> ROLES = Set.of("SYSTEM_ADMIN", "AREA_ADMIN", "GRID_WORKER", "COUNSELLOR",
            "CLINICIAN", "HOTLINE_OPERATOR", "POLICE_LIAISON", "ANALYST", "AUDITOR", "RESIDENT", "EXTERNAL_SYSTEM");

    private final NimbusJwtEncoder encoder;
    private final String audience;

    public DevTokenController(@Value("${socialpsych.dev-tokens.keys-dir}") String keysDir,
            @Value("${socialpsych.security.jwt.audience:socialpsych}") String audience) throws Exception {
        this.audience = audience;
        Path dir = Path.of(keysDir);
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        RSAPrivateKey priv = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(der(dir.resolve("jwt-private.pem"))));
        RSAPublicKey pub = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(der(dir.resolve("jwt-public.pem"))));
        this.encoder = NimbusJwtEncoder.withKeyPair(pub, priv).build();
    }

    private static byte[] der(Path pem) throws Exception {
        return Base64.getDecoder().decode(Files.readString(pem).replaceAll("-----(BEGIN|END) [A-Z ]+-----", "")
                .replaceAll("\\s", ""));
    }

    public record TokenRequest(String subject, List<String> roles, List<String> areas, Integer ttlMinutes) {
    }

    @PostMapping(PATH)
    public Mono<ResponseEntity<Object>> token(@RequestBody TokenRequest request) {
        if (request.subject() == null || request.subject().isBlank() || request.roles() == null
                || request.roles().isEmpty() || !ROLES.containsAll(request.roles())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "subject and roles are required; roles must be among " + ROLES);
            problem.setTitle("Invalid token request");
            return Mono.just(ResponseEntity.badRequest().body(problem));
        }
        Instant now = Instant.now();
        int ttl = request.ttlMinutes() == null ? 480 : Math.min(Math.max(request.ttlMinutes(), 1), 1440);
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer("socialpsych-local")
                .audience(List.of(audience))
                .subject(request.subject())
                .issuedAt(now)
                .expiresAt(now.plus(Duration.ofMinutes(ttl)))
                .claim("roles", request.roles())
                .claim("areas", request.areas() == null ? List.of() : request.areas())
                .build();
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(SignatureAlgorithm.RS256).build(), claims))
                .getTokenValue();
        return Mono.just(ResponseEntity.ok(Map.of("token", token, "expiresAt", now.plus(Duration.ofMinutes(ttl)))));
    }
}
