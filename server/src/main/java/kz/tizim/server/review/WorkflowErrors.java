package kz.tizim.server.review;

import kz.tizim.server.system.RequestIds;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Two failures of the case workflow's API that are not refusals: someone else changed the case in
 * between (optimistic lock), or the register refused the restriction change. Both are 409: the
 * client reloads and decides again; nothing was stored.
 */
@RestControllerAdvice(basePackages = {"kz.tizim.server.complaint", "kz.tizim.server.review",
        "kz.tizim.server.decision", "kz.tizim.server.notice", "kz.tizim.server.appeal"})
class WorkflowErrors {

    @ExceptionHandler({OptimisticLockingFailureException.class, RegisterRefusedException.class})
    ProblemDetail conflict(RuntimeException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Conflict");
        problem.setType(java.net.URI.create("https://tizim.kz/problems/")
                .resolve(e instanceof RegisterRefusedException ? "RegisterRefused" : "ConcurrentChange"));
        problem.setProperty("requestId", RequestIds.current());
        return problem;
    }

}
