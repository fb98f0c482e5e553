package vn.phoihop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.phoihop.Api;
import vn.phoihop.IntegrationTest;
import vn.phoihop.TestClock;

@IntegrationTest
class ApiAuthenticationTest {

    @LocalServerPort
    int port;

    @Autowired
    TestClock clock;

    Api api;

    @BeforeEach
    void connect() {
        api = new Api(port);
    }

    @Test
    void health_answers_without_a_token() {
        Api.Response response = api.get("/api/v1/health", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("status").asString()).isEqualTo("UP");
    }

    @Test
    void a_request_without_a_token_is_refused_with_a_json_error_in_both_languages() {
        Api.Response response = api.get("/api/v1/me", null);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("auth.required");
        assertThat(response.body().path("message_vi").asString()).contains("đăng nhập");
        assertThat(response.body().path("message_en").asString()).contains("Authentication required");
        assertThat(response.body().has("details")).isTrue();
    }

    @Test
    void a_wrong_password_gets_no_token() {
        Api.Response response = api.post("/api/v1/auth/token", null, "{\"username\":\"bhxh\",\"password\":\"wrong\"}");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("auth.bad_credentials");
        assertThat(response.body().has("token")).isFalse();
    }

    @Test
    void an_unknown_user_gets_the_same_answer_as_a_wrong_password() {
        Api.Response response = api.post("/api/v1/auth/token", null, "{\"username\":\"nobody\",\"password\":\"demo\"}");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("auth.bad_credentials");
    }

    @Test
    void a_malformed_login_request_is_a_400_with_a_code() {
        Api.Response response = api.post("/api/v1/auth/token", null, "{not json");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.code()).isEqualTo("request.malformed");
    }

    @Test
    void a_forged_token_is_refused() {
        Api.Response response = api.get("/api/v1/me", "ph_forgedforgedforgedforgedforgedforgedforge");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("auth.token_invalid");
    }

    @Test
    void a_valid_token_identifies_the_user_and_their_agency() {
        Api.Response login = api.post("/api/v1/auth/token", null, "{\"username\":\"bhxh\",\"password\":\"demo\"}");
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.body().path("expires_at").asString()).isNotBlank();

        Api.Response me = api.get("/api/v1/me", login.body().path("token").asString());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body().path("username").asString()).isEqualTo("bhxh");
        assertThat(me.body().path("agency_name").asString()).isEqualTo("Bảo hiểm xã hội tỉnh Quảng Ngãi");
        assertThat(me.body().path("jurisdiction").asString()).isEqualTo("Tỉnh Quảng Ngãi");
    }

    @Test
    void an_expired_token_is_refused() {
        String token = api.token("congan", "demo");
        assertThat(api.get("/api/v1/me", token).status()).isEqualTo(200);

        clock.advance(Duration.ofHours(8).plusSeconds(1));

        Api.Response response = api.get("/api/v1/me", token);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.code()).isEqualTo("auth.token_expired");
    }

    @Test
    void an_unknown_api_address_answers_404_in_the_catalogue_format_to_a_signed_in_user() {
        Api.Response response = api.get("/api/v1/no-such-thing", api.token("thue", "demo"));
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.code()).isEqualTo("request.not_found");
    }

    @Test
    void the_openapi_description_lists_the_token_endpoint() {
        Api.Response response = api.get("/v3/api-docs", null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().path("paths").has("/api/v1/auth/token")).isTrue();
        assertThat(response.body().path("info").path("title").asString()).isEqualTo("PhoiHop API");
    }
}
