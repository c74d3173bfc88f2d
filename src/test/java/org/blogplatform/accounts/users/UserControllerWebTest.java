package org.blogplatform.accounts.users;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.blogplatform.accounts.profiles.ProfileResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The web rules of registration alone: binding, validation and the response shape, with no database. */
@WebMvcTest(UserController.class)
@AutoConfigureMockMvc(addFilters = false)
class UserControllerWebTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    UserService users;

    @Test
    void invalidRegistrationIs422NamingEveryBadFieldAndNeverReachesTheService() throws Exception {
        mvc.perform(post("/users/register")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"not-an-email\",\"name\":\"  \",\"password\":\"short\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(header().string("Content-Type", "application/problem+json"))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.errors[*].field").value(containsInAnyOrder("email", "name", "password")));
        verifyNoInteractions(users);
    }

    @Test
    void registrationAnswers201WithLocationAndSnakeCaseBody() throws Exception {
        given(users.register(any()))
                .willReturn(new UserResponse(
                        7,
                        "Ada",
                        "ada@example.com",
                        new ProfileResponse(null, "https://a.example/x.png", null, null, null, null)));

        mvc.perform(post("/users/register")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"email\":\"ada@example.com\",\"name\":\"Ada\",\"password\":\"long enough\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/users/7"))
                .andExpect(jsonPath("$.profile.avatar_url").value("https://a.example/x.png"))
                .andExpect(jsonPath("$.password").doesNotExist());
    }

    @Test
    void registrationRefusesOtherContentTypesWith415() throws Exception {
        mvc.perform(post("/users/register").contentType(MediaType.TEXT_PLAIN).content("email=a"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.status").value(415));
    }
}
