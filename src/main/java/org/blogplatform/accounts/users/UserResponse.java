package org.blogplatform.accounts.users;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import org.blogplatform.accounts.profiles.ProfileResponse;
import org.jspecify.annotations.Nullable;

record UserResponse(
        long id,
        String name,

        @Schema(description = "Only present when the caller is this user")
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Nullable
        String email,

        @Nullable ProfileResponse profile) {

    static UserResponse from(UserView view, boolean withEmail) {
        return new UserResponse(view.id(), view.name(), withEmail ? view.email() : null, view.profile());
    }

    static UserResponse from(User user, ProfileResponse profile) {
        return new UserResponse(user.id(), user.name(), user.email(), profile);
    }
}
