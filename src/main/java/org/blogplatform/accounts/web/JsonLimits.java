package org.blogplatform.accounts.web;

import org.springframework.boot.jackson.autoconfigure.JsonFactoryBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;

/** The parser refuses what no request of this API needs: deep nesting, long numbers, duplicate keys. */
@Configuration(proxyBeanMethods = false)
class JsonLimits {

    @Bean
    JsonFactoryBuilderCustomizer strictJsonParsing() {
        return factory -> factory.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(16)
                        .maxNumberLength(100)
                        .maxStringLength(RequestBodyLimitFilter.MAX_BODY_BYTES)
                        .build());
    }
}
