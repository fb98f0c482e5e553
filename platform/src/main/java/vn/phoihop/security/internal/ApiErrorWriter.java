package vn.phoihop.security.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import tools.jackson.databind.ObjectMapper;
import vn.phoihop.shared.ApiError;
import vn.phoihop.shared.ErrorCode;

/** Writes the JSON error body from filters, where no controller advice runs. */
@Component
class ApiErrorWriter {

    private final ObjectMapper objectMapper;

    ApiErrorWriter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    void write(HttpServletResponse response, ErrorCode errorCode) throws IOException {
        write(response, errorCode, java.util.Map.of());
    }

    void write(HttpServletResponse response, ErrorCode errorCode, java.util.Map<String, Object> details)
            throws IOException {
        response.setStatus(errorCode.httpStatus());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (errorCode.httpStatus() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"phoihop\"");
        }
        objectMapper.writeValue(response.getOutputStream(), ApiError.of(errorCode, details));
    }
}
