package org.blogplatform.accounts.profiles;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "user_profiles")
class UserProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    /** The owner, by id: the users feature owns the account, and the database cascades its deletion here. */
    @Column(name = "user_id", nullable = false, unique = true, updatable = false)
    private long userId;

    @Column(columnDefinition = "text")
    private @Nullable String bio;

    @Column(name = "avatar_url", length = 500)
    private @Nullable String avatarUrl;

    @Column(name = "website_url", length = 500)
    private @Nullable String websiteUrl;

    @Column(length = 100)
    private @Nullable String twitter;

    @Column(length = 100)
    private @Nullable String github;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected UserProfile() {}

    UserProfile(long userId) {
        this.userId = userId;
        this.updatedAt = now();
    }

    /** A profile as stored, read without a persistence context (a write's locked read). */
    UserProfile(
            long id,
            long userId,
            @Nullable String bio,
            @Nullable String avatarUrl,
            @Nullable String websiteUrl,
            @Nullable String twitter,
            @Nullable String github,
            Instant updatedAt,
            long version) {
        this.id = id;
        this.userId = userId;
        this.bio = bio;
        this.avatarUrl = avatarUrl;
        this.websiteUrl = websiteUrl;
        this.twitter = twitter;
        this.github = github;
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** Applies the edit; returns whether anything changed, and moves {@code updated_at} forward if so. */
    boolean apply(ProfileEdit edit) {
        @Nullable String[] before = {bio, avatarUrl, websiteUrl, twitter, github};
        bio = edit.bio().applyTo(bio);
        avatarUrl = edit.avatarUrl().applyTo(avatarUrl);
        websiteUrl = edit.websiteUrl().applyTo(websiteUrl);
        twitter = edit.twitter().applyTo(twitter);
        github = edit.github().applyTo(github);
        boolean changed = !Arrays.equals(before, new String[] {bio, avatarUrl, websiteUrl, twitter, github});
        if (changed) {
            Instant now = now();
            updatedAt = now.isAfter(updatedAt) ? now : updatedAt.plus(1, ChronoUnit.MICROS);
        }
        return changed;
    }

    /** Version 1, not 0: a row a write creates differs from the missing row's empty state, by updated_at. */
    void markCreatedByWrite() {
        this.version = 1;
    }

    /** The edit was stored: the next version, as a versioned update leaves it. */
    void stored() {
        version++;
    }

    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Nullable
    Long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    @Nullable
    String bio() {
        return bio;
    }

    @Nullable
    String avatarUrl() {
        return avatarUrl;
    }

    @Nullable
    String websiteUrl() {
        return websiteUrl;
    }

    @Nullable
    String twitter() {
        return twitter;
    }

    @Nullable
    String github() {
        return github;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }
}
