package kz.tizim.server.console;

import kz.tizim.core.account.Actor;
import kz.tizim.server.system.CurrentActor;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

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
}
