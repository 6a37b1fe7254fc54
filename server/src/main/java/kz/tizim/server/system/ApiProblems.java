package kz.tizim.server.system;

import java.net.URI;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every API error as an RFC 9457 problem ({@code application/problem+json}). Only for REST
 * controllers: the console renders its own error page.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    static final URI TYPE_BASE = URI.create("https://tizim.kz/problems/");

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage(), "not-found");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail badInput(IllegalArgumentException e) {
        return problem(HttpStatus.BAD_REQUEST, "Invalid request", e.getMessage(), "invalid-request");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", e.getMessage(), "forbidden");
    }

    @ExceptionHandler(CurrentActor.NotAuthenticatedException.class)
    ProblemDetail unauthenticated(CurrentActor.NotAuthenticatedException e) {
        return problem(HttpStatus.UNAUTHORIZED, "Authentication required", e.getMessage(), "unauthenticated");
    }

    static ProblemDetail problem(HttpStatus status, String title, @Nullable String detail, String type) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail == null ? title : detail);
        problem.setTitle(title);
        problem.setType(TYPE_BASE.resolve(type));
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }
}
