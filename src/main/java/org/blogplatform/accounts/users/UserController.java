package org.blogplatform.accounts.users;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import org.blogplatform.accounts.web.CurrentUserId;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/users", produces = "application/json")
@Tag(name = "Users")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @PostMapping(path = "/register", consumes = "application/json")
    @Operation(summary = "Register; the user gets an empty profile in the same step")
    ResponseEntity<UserResponse> register(@Valid @RequestBody RegisterRequest request) {
        UserResponse user = users.register(request);
        return ResponseEntity.created(URI.create("/users/" + user.id())).body(user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "A user with their profile; the email only to the user themself")
    UserResponse get(@PathVariable long id, @CurrentUserId @Nullable Long callerId) {
        return users.find(id, callerId != null && callerId == id);
    }

    @GetMapping
    @Operation(summary = "The author directory, by id, in pages (keyset pagination)")
    DirectoryPage directory(
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @Parameter(description = "next_cursor of the previous page")
                    @RequestParam(required = false)
                    @Pattern(regexp = "\\d{1,18}", message = "must be a next_cursor value")
                    @Nullable
                    String after) {
        return users.directory(after == null ? 0 : Long.parseLong(after), limit);
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in user, with email", security = @SecurityRequirement(name = "bearer"))
    UserResponse me(@CurrentUserId long userId) {
        return users.find(userId, true);
    }

    @PatchMapping(
            path = "/me",
            consumes = {"application/json", "application/merge-patch+json"})
    @Operation(summary = "Change the signed-in user's name", security = @SecurityRequirement(name = "bearer"))
    UserResponse rename(@CurrentUserId long userId, @Valid @RequestBody NameChange change) {
        return users.rename(userId, change.name());
    }

    @DeleteMapping("/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Delete the signed-in user and their profile",
            security = @SecurityRequirement(name = "bearer"))
    void delete(@CurrentUserId long userId) {
        users.delete(userId);
    }

    @PutMapping(path = "/me/password", consumes = "application/json")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(
            summary = "Change password; every token issued before stops working",
            security = @SecurityRequirement(name = "bearer"))
    void changePassword(@CurrentUserId long userId, @Valid @RequestBody PasswordChange change) {
        users.changePassword(userId, change);
    }
}
