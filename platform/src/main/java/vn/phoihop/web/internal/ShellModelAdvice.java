package vn.phoihop.web.internal;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import vn.phoihop.security.CurrentUser;
import vn.phoihop.web.Navigation;

/** Gives every page of the shell the signed-in user and the navigation. */
@ControllerAdvice(annotations = Controller.class)
class ShellModelAdvice {

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.current().orElse(null);
    }

    @ModelAttribute("navigation")
    List<Navigation.Entry> navigation() {
        return Navigation.ENTRIES;
    }
}
