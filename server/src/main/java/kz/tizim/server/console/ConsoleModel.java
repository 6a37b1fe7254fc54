package kz.tizim.server.console;

import jakarta.servlet.http.HttpServletRequest;
import kz.tizim.core.account.Actor;
import kz.tizim.server.system.CurrentActor;
import kz.tizim.server.system.WithheldQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every console page's header and footer need: the signed-in actor and the page language. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class ConsoleModel {

    @ModelAttribute("currentActor")
    @Nullable Actor currentActor() {
        return CurrentActor.find().orElse(null);
    }

    @ModelAttribute("pageLanguage")
    String pageLanguage() {
        return LocaleContextHolder.getLocale().getLanguage();
    }

    /**
     * The language switch's links: the same page with the same query (the lookup's address, the
     * catalogue version, the queue's sort order), only {@code lang} replaced, unless the page
     * {@linkplain WithheldQuery withheld} its query. Built when the page renders, after the handler
     * has decided. The query stays as the browser sent it, already encoded.
     */
    @ModelAttribute("languageLinks")
    LanguageLinks languageLinks(HttpServletRequest request) {
        return new LanguageLinks(request);
    }

    /** The link to this page in one language; {@code href} is called by the page layout. */
    record LanguageLinks(HttpServletRequest request) {

        public String href(String language) {
            String query = WithheldQuery.isWithheld(request) ? null : request.getQueryString();
            return "?" + UriComponentsBuilder.newInstance().query(query)
                    .replaceQueryParam("lang", language).build().getQuery();
        }
    }
}
