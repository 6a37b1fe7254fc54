package kz.tizim.server.console;

import java.util.List;
import kz.tizim.core.account.Actor;
import kz.tizim.core.account.Role;
import kz.tizim.server.system.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: what each of the actor's roles does here, with the ways in. */
@Controller
class HomeController {

    @GetMapping("/")
    String home(Model model) {
        Actor actor = CurrentActor.require();
        List<Role> roles = actor.roles().stream().sorted().toList();
        model.addAttribute("actor", actor);
        model.addAttribute("roles", roles);
        return "home";
    }
}
