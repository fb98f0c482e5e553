package vn.phoihop.security.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.phoihop.shared.ErrorCode;

/**
 * Refuses a request that announces a body larger than the upload limit
 * ({@code spring.servlet.multipart.max-request-size}, {@code PHOIHOP_MAX_UPLOAD}) before a byte of
 * it is read, with 413 {@code request.too_large}; a body sent without a length is held to the
 * same limit by the multipart parser.
 */
final class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maximumBytes;
    private final ApiErrorWriter errors;

    RequestSizeLimitFilter(long maximumBytes, ApiErrorWriter errors) {
        this.maximumBytes = maximumBytes;
        this.errors = errors;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        if (length > maximumBytes) {
            response.setHeader("Connection", "close");
            errors.write(response, ErrorCode.UPLOAD_TOO_LARGE, Map.of("limit_bytes", maximumBytes,
                    "content_length", length));
            return;
        }
        chain.doFilter(request, response);
    }
}
