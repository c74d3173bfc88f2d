package org.blogplatform.accounts.profiles;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import java.util.HashSet;
import java.util.Set;
import org.blogplatform.accounts.web.CurrentUserId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@RestController
@RequestMapping(path = "/users/me/profile", produces = "application/json")
@Tag(name = "Profile")
@SecurityRequirement(name = "bearer")
class ProfileController {

    private final ProfileService profiles;
    private final ObjectMapper json;
    private final Validator validator;

    ProfileController(ProfileService profiles, ObjectMapper json, Validator validator) {
        this.profiles = profiles;
        this.json = json;
        this.validator = validator;
    }

    @GetMapping
    @Operation(summary = "The signed-in user's profile, with an ETag; If-None-Match gives 304")
    @Nullable
    ResponseEntity<ProfileResponse> get(@CurrentUserId long userId, WebRequest request) {
        Precondition.requireWellFormed(HttpHeaders.IF_NONE_MATCH, request.getHeader(HttpHeaders.IF_NONE_MATCH));
        VersionedProfile current = profiles.get(userId);
        if (request.checkNotModified(current.etag())) {
            return null;
        }
        return withEtag(current);
    }

    @PutMapping(consumes = "application/json")
    @Operation(summary = "Update the profile: fields omitted or null stay as they are")
    ResponseEntity<ProfileResponse> put(
            @CurrentUserId long userId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody ProfileFields fields) {
        return withEtag(profiles.update(userId, ProfileEdit.settingGiven(fields), Precondition.ifMatch(ifMatch)));
    }

    @PatchMapping(consumes = {"application/merge-patch+json", "application/json"})
    @Operation(
            summary = "JSON Merge Patch of the profile: absent stays, null clears, a value is set",
            requestBody =
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(
                            content = {
                                @Content(
                                        mediaType = "application/merge-patch+json",
                                        schema = @Schema(implementation = ProfileFields.class)),
                                @Content(
                                        mediaType = "application/json",
                                        schema = @Schema(implementation = ProfileFields.class))
                            }))
    ResponseEntity<ProfileResponse> patch(
            @CurrentUserId long userId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody JsonNode patch) {
        if (!patch.isObject()) {
            throw new NotAnObjectException();
        }
        ProfileFields fields = json.treeToValue(patch, ProfileFields.class);
        Set<ConstraintViolation<ProfileFields>> violations = validator.validate(fields);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Set<String> present = new HashSet<>(patch.propertyNames());
        return withEtag(
                profiles.update(userId, ProfileEdit.mergePatch(fields, present), Precondition.ifMatch(ifMatch)));
    }

    private static ResponseEntity<ProfileResponse> withEtag(VersionedProfile profile) {
        return ResponseEntity.ok().eTag(profile.etag()).body(profile.profile());
    }
}
