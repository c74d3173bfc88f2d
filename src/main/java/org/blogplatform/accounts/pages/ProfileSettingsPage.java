package org.blogplatform.accounts.pages;

import jakarta.validation.Valid;
import org.blogplatform.accounts.profiles.ProfileFields;
import org.blogplatform.accounts.profiles.ProfileService;
import org.blogplatform.accounts.profiles.VersionedProfile;
import org.blogplatform.accounts.web.DomainException;
import org.blogplatform.accounts.web.Problems;
import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The profile form. The version it was opened with travels in a hidden field, as an API client sends its
 * ETag in If-Match: a save over someone else's change is refused, and the form comes back with what was typed.
 */
@Controller
class ProfileSettingsPage {

    private final ProfileService profiles;

    ProfileSettingsPage(ProfileService profiles) {
        this.profiles = profiles;
    }

    /** An emptied field clears it, as a null does in the API. */
    @InitBinder("form")
    void blanksAreNull(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
    }

    @GetMapping("/settings/profile")
    String form(@AuthenticationPrincipal SignedIn me, Model model) {
        VersionedProfile current = profiles.get(me.userId());
        var profile = current.profile();
        model.addAttribute(
                "form",
                new ProfileFields(
                        profile.bio(), profile.avatarUrl(), profile.websiteUrl(), profile.twitter(), profile.github()));
        model.addAttribute("version", current.version());
        return "settings-profile";
    }

    @PostMapping("/settings/profile")
    String save(
            @AuthenticationPrincipal SignedIn me,
            @Valid @ModelAttribute("form") ProfileFields form,
            BindingResult errors,
            @RequestParam long version,
            Model model) {
        model.addAttribute("version", version);
        if (errors.hasErrors()) {
            return "settings-profile";
        }
        try {
            profiles.replace(me.userId(), form, version);
        } catch (DomainException refusal) {
            if (Problems.status(refusal) != HttpStatus.PRECONDITION_FAILED) {
                throw refusal;
            }
            // saving again now replaces the newer version knowingly
            model.addAttribute("version", profiles.get(me.userId()).version());
            model.addAttribute("changedMeanwhile", true);
            return "settings-profile";
        }
        return "redirect:/settings/profile?saved";
    }
}
