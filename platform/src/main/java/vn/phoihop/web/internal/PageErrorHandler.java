package vn.phoihop.web.internal;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.phoihop.shared.PhoihopException;

/**
 * A refusal on a page (not competent, out of jurisdiction, no legal basis, invalid input) shows
 * the error page with its own status and message from the catalogue, instead of "internal error".
 * REST controllers are answered first by {@link ApiErrorHandler}, which has precedence.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrorHandler {

    @ExceptionHandler(PhoihopException.class)
    ModelAndView refused(PhoihopException e, HttpServletResponse response) {
        response.setStatus(e.errorCode().httpStatus());
        ModelAndView page = new ModelAndView("error");
        page.addObject("status", e.errorCode().httpStatus());
        page.addObject("error", e.errorCode());
        return page;
    }
}
