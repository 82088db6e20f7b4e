package com.footballcoach.platform.docs;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document of each app ({@code /v3/api-docs}, Swagger UI at {@code /docs}): bearer tokens from {@code /api/token}. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static {
        // free-form JSON blocks (team statistics, segment analysis) are plain objects in the schema
        SpringDocUtils.getConfig()
                .replaceWithClass(tools.jackson.databind.JsonNode.class, Object.class)
                .replaceWithClass(tools.jackson.databind.node.ObjectNode.class, Object.class);
    }

    /** Schemas named as the JSON is written: snake_case (springdoc does not see the app's Jackson 3 settings). */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        return new ModelResolver(Json.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE));
    }

    @Bean
    ListingModelConverter listingAsArray() {
        return new ListingModelConverter();
    }

    @Bean
    OpenAPI openApi(@Value("${spring.application.name}") String app) {
        return new OpenAPI()
                .info(new Info().title("Football Coach " + app).version("1")
                        .description("Sign in with POST /api/token (form: username = e-mail, password), then send "
                                + "'Authorization: Bearer <access_token>'. Errors are RFC 9457 problem bodies."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
