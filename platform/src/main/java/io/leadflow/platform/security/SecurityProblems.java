package io.leadflow.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals as RFC 9457 problem details, like every other error of the APIs: 401 when the caller is not
 * authenticated (with the {@code WWW-Authenticate} challenge that says why the token was refused), 403 when an
 * authenticated caller may not do what they asked (the detail is the {@link AccessDeniedException}'s message, which
 * names the missing permission).
 */
class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException refused) throws IOException {
        challenge.commence(request, response, refused);
        write(request, response, HttpStatus.UNAUTHORIZED, "Not authenticated", detail(request, refused));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "Not permitted", denied.getMessage());
    }

    /** Spring Security's "Full authentication is required" does not tell a caller what to send. */
    private static String detail(HttpServletRequest request, AuthenticationException refused) {
        if (request.getHeader("Authorization") == null) {
            return "No access token: send Authorization: Bearer <token> (a JWT from the identity provider)";
        }
        return "The access token was refused: " + refused.getMessage();
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
            String title, String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        problem.put("instance", request.getRequestURI());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
