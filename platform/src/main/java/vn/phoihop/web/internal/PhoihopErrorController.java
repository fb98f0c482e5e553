package vn.phoihop.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import vn.phoihop.shared.ApiError;
import vn.phoihop.shared.ErrorCode;

/**
 * Errors that happen outside a controller (unknown addresses, filters): JSON from the catalogue
 * for the API, a readable page for people.
 */
@Controller
class PhoihopErrorController implements ErrorController {

    @RequestMapping(value = "/error", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<ApiError> errorJson(HttpServletRequest request) {
        ErrorCode code = codeFor(status(request));
        return ResponseEntity.status(code.httpStatus()).body(ApiError.of(code, Map.of()));
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request, Model model) {
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri != null && uri.toString().startsWith("/api/")) {
            return errorJson(request);
        }
        int status = status(request);
        model.addAttribute("status", status);
        model.addAttribute("error", codeFor(status));
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        return "error";
    }

    private static int status(HttpServletRequest request) {
        Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        return status instanceof Integer code ? code : 500;
    }

    private static ErrorCode codeFor(int status) {
        return switch (status) {
            case 400 -> ErrorCode.MALFORMED_REQUEST;
            case 401 -> ErrorCode.AUTH_REQUIRED;
            case 403 -> ErrorCode.ACCESS_DENIED;
            case 404 -> ErrorCode.NOT_FOUND;
            case 405 -> ErrorCode.METHOD_NOT_ALLOWED;
            case 409 -> ErrorCode.CONFLICT;
            default -> ErrorCode.INTERNAL;
        };
    }
}
