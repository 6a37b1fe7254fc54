package kz.tizim.server.console;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import kz.tizim.core.account.Actor;
import kz.tizim.server.system.CurrentActor;
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
     * catalogue version, the queue's sort order), only {@code lang} replaced. The query stays as the
     * browser sent it, already encoded.
     */
    @ModelAttribute("languageLinks")
    Map<String, String> languageLinks(HttpServletRequest request) {
        Map<String, String> links = new LinkedHashMap<>();
        for (Locale language : ConsoleLocales.SUPPORTED) {
            String query = UriComponentsBuilder.newInstance().query(request.getQueryString())
                    .replaceQueryParam("lang", language.getLanguage()).build().getQuery();
            links.put(language.getLanguage(), "?" + query);
        }
        return links;
    }
}
