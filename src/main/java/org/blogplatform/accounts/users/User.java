package org.blogplatform.accounts.users;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

@Entity
@Table(name = "users")
class User {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 255)
    private String email;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "token_version", nullable = false)
    private int tokenVersion;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    // The inverse side of a one-to-one can't be lazy: Hibernate must query user_profiles to know whether
    // to put a proxy or null here. So every query that returns users joins the profile explicitly.
    @OneToOne(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
    private UserProfile profile;

    protected User() {}

    User(String email, String name, String passwordHash) {
        this.email = email;
        this.name = name;
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    void attachProfile(UserProfile profile) {
        if (this.profile != null) {
            this.profile.detachFrom(this);
        }
        this.profile = profile;
        if (profile != null) {
            profile.attachTo(this);
        }
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String name() {
        return name;
    }

    String passwordHash() {
        return passwordHash;
    }

    UserProfile profile() {
        return profile;
    }
}
