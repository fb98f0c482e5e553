package vn.phoihop.shared;

import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON body of every API error: {@code {code, message_vi, message_en, details}}. */
public record ApiError(String code, String message_vi, String message_en, Map<String, Object> details) {

    public ApiError {
        details = details == null ? Map.of() : new LinkedHashMap<>(details);
    }

    public static ApiError of(ErrorCode errorCode) {
        return of(errorCode, Map.of());
    }

    public static ApiError of(ErrorCode errorCode, Map<String, Object> details) {
        return new ApiError(errorCode.code(), errorCode.messageVi(), errorCode.messageEn(), details);
    }
}
