package kz.tizim.server.catalogue;

import java.util.Map;
import kz.tizim.server.system.NotFoundException;
import kz.tizim.server.system.RequestIds;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Unknown entries and bad input on the catalogue pages answer with the console's error page and
 * the right status (404, 400), not a server error. The API has its own problems (RFC 9457).
 */
@ControllerAdvice(assignableTypes = {CatalogueConsoleController.class, MatrixConsoleController.class,
        CheckConsoleController.class, ProposalsConsoleController.class})
class CatalogueConsoleErrors {

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return page(HttpStatus.NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ModelAndView badRequest(IllegalArgumentException e) {
        return page(HttpStatus.BAD_REQUEST, e.getMessage());
    }

    private static ModelAndView page(HttpStatus status, String message) {
        return new ModelAndView("error", Map.of("status", status.value(), "message", message == null ? "" : message,
                "requestId", RequestIds.current()), status);
    }
}
