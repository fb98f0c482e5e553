package vn.phoihop.security.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import vn.phoihop.security.AuditLog;
import vn.phoihop.shared.ErrorCode;

/**
 * Two filter chains: the API ({@code /api/**}) is stateless and takes bearer tokens; the web UI
 * uses form login with a session and CSRF protection. Everything not listed as public needs an
 * authenticated user; finer rules are declared on the endpoints with {@code @PreAuthorize}.
 * Both send the hardening headers (CSP, frame-ancestors, Referrer-Policy, Permissions-Policy,
 * nosniff; HSTS on TLS requests).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class WebSecurityConfiguration {

    /**
     * The pages load scripts, styles and images from this origin only (htmx and the module
     * scripts are files, never inline); no plugin, no framing, forms post only here.
     */
    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    /** API answers are data, never a page to render. */
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";
    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "accelerometer=(), gyroscope=(), magnetometer=()";

    static Customizer<HeadersConfigurer<HttpSecurity>> headers(String contentSecurityPolicy) {
        return headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
    }

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(HttpSecurity http, TokenService tokens, ApiErrorWriter errors,
            LoginProtection protection) throws Exception {
        http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable()) // bearer tokens are not sent by browsers on their own
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable())
                .headers(headers(API_POLICY))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/health").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/token").permitAll()
                        // the public complaint and denunciation form of casework: no account
                        .requestMatchers("/api/v1/public/**").permitAll()
                        .anyRequest().authenticated())
                .addFilterBefore(new LoginThrottleFilter(protection, errors), AuthorizationFilter.class)
                .addFilterBefore(new BearerTokenFilter(tokens, errors), AuthorizationFilter.class)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((request, response, e) -> errors.write(response, ErrorCode.AUTH_REQUIRED))
                        .accessDeniedHandler((request, response, e) -> errors.write(response, ErrorCode.ACCESS_DENIED)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain webChain(HttpSecurity http, WebSignIn signIn, SessionRegistry sessions,
            LoginProtection protection, ApiErrorWriter errors) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/login/oidc", "/login/oidc/callback", "/error", "/css/**", "/js/**",
                                "/img/**", "/webjars/**", "/favicon.ico", "/v3/api-docs", "/v3/api-docs/**",
                                "/swagger-ui/**", "/swagger-ui.html", "/public/**").permitAll()
                        .anyRequest().authenticated())
                .headers(headers(PAGE_POLICY))
                .formLogin(form -> form.loginPage("/login").successHandler(signIn).failureHandler(signIn).permitAll())
                // a new session id at sign-in (and again after the second factor, in WebSignIn)
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout")
                        .addLogoutHandler((request, response, authentication) -> {
                            HttpSession session = request.getSession(false);
                            Object handle = session == null ? null : session.getAttribute(SessionRegistry.HANDLE);
                            if (handle != null) {
                                sessions.logout((String) handle);
                            }
                        }))
                // before the CSRF check: a throttled address is turned away whatever it sends
                .addFilterBefore(new LoginThrottleFilter(protection, errors),
                        org.springframework.security.web.csrf.CsrfFilter.class)
                .addFilterBefore(new WebSignIn.SessionTracking(sessions), AuthorizationFilter.class)
                .addFilterAfter(new WebSignIn.SecondFactorGate(), WebSignIn.SessionTracking.class);
        return http.build();
    }

    /** The upload limit, checked on the announced length before anything else reads the body. */
    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(ApiErrorWriter errors,
            @org.springframework.beans.factory.annotation.Value("${spring.servlet.multipart.max-request-size:2GB}")
            org.springframework.util.unit.DataSize maximum) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration =
                new FilterRegistrationBean<>(new RequestSizeLimitFilter(maximum.toBytes(), errors));
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Audits state-changing requests; runs inside the security chain so it knows the user. */
    @Bean
    FilterRegistrationBean<AuditRequestFilter> auditRequestFilter(AuditLog auditLog) {
        FilterRegistrationBean<AuditRequestFilter> registration =
                new FilterRegistrationBean<>(new AuditRequestFilter(auditLog));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
