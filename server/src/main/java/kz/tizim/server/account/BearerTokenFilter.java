package kz.tizim.server.account;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer tzm_…} on the API and feed paths. An absent header
 * leaves the request anonymous (public endpoints); a wrong token is audited and ends up as 401.
 * Not a bean on purpose: as a bean Spring Boot would also register it for every console request.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private final ApiTokens tokens;

    BearerTokenFilter(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        String presented = header.substring(7).trim();
        var principal = tokens.authenticate(presented, request.getMethod(), request.getRequestURI());
        if (principal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        var authentication = new UsernamePasswordAuthenticationToken(principal.get(), null,
                PersonPrincipal.authorities(principal.get().actor().roles()));
        SecurityContextHolder.getContext().setAuthentication(authentication);
        try {
            chain.doFilter(request, response);
        } finally {
            tokens.finish();
        }
    }
}
