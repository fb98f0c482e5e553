package vn.phoihop.shared;

/**
 * The one catalogue of stable error codes. A code never changes meaning once released; clients
 * and golden files depend on it. Each code carries its HTTP status (the one place that maps
 * them) and a message in Vietnamese and English that says what went wrong and how to fix it.
 */
public enum ErrorCode {
    AUTH_REQUIRED("auth.required", 401,
            "Cần đăng nhập: gửi tiêu đề 'Authorization: Bearer <token>' (lấy token tại POST /api/v1/auth/token).",
            "Authentication required: send 'Authorization: Bearer <token>' (get one from POST /api/v1/auth/token)."),
    AUTH_BAD_CREDENTIALS("auth.bad_credentials", 401,
            "Tên đăng nhập hoặc mật khẩu không đúng.",
            "Wrong username or password."),
    AUTH_TOKEN_INVALID("auth.token_invalid", 401,
            "Token không hợp lệ hoặc đã bị thu hồi: hãy lấy token mới.",
            "The token is not valid or was revoked: get a new one."),
    AUTH_TOKEN_EXPIRED("auth.token_expired", 401,
            "Token đã hết hạn: hãy lấy token mới.",
            "The token has expired: get a new one."),
    ACCESS_DENIED("access.denied", 403,
            "Tài khoản của bạn không có quyền thực hiện thao tác này.",
            "Your account is not allowed to do this."),
    NOT_FOUND("request.not_found", 404,
            "Không tìm thấy tài nguyên được yêu cầu.",
            "The requested resource does not exist."),
    MALFORMED_REQUEST("request.malformed", 400,
            "Yêu cầu không đúng định dạng: kiểm tra lại nội dung JSON và các tham số.",
            "The request is malformed: check the JSON body and the parameters."),
    VALIDATION_FAILED("request.invalid", 400,
            "Dữ liệu gửi lên không hợp lệ: xem chi tiết từng trường.",
            "The submitted data is invalid: see the details per field."),
    METHOD_NOT_ALLOWED("request.method_not_allowed", 405,
            "Phương thức HTTP này không được hỗ trợ cho địa chỉ này.",
            "This HTTP method is not supported for this address."),
    CONFLICT("request.conflict", 409,
            "Yêu cầu xung đột với trạng thái hiện tại của dữ liệu.",
            "The request conflicts with the current state of the data."),
    INTERNAL("internal.error", 500,
            "Lỗi nội bộ của hệ thống. Mã sự cố đã được ghi lại; vui lòng thử lại hoặc báo cho quản trị viên.",
            "Internal error. It has been logged; please retry or tell the administrator.");

    private final String code;
    private final int httpStatus;
    private final String messageVi;
    private final String messageEn;

    ErrorCode(String code, int httpStatus, String messageVi, String messageEn) {
        this.code = code;
        this.httpStatus = httpStatus;
        this.messageVi = messageVi;
        this.messageEn = messageEn;
    }

    public String code() {
        return code;
    }

    public int httpStatus() {
        return httpStatus;
    }

    public String messageVi() {
        return messageVi;
    }

    public String messageEn() {
        return messageEn;
    }
}
