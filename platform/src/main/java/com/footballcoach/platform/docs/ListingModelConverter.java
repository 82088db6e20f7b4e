package com.footballcoach.platform.docs;

import com.fasterxml.jackson.databind.JavaType;
import com.footballcoach.platform.web.Listing;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Iterator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Documents a handler's {@link Listing} of T as what it writes: a JSON array of T. */
final class ListingModelConverter implements ModelConverter {

    @Override
    @SuppressWarnings("rawtypes")
    public @Nullable Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        JavaType javaType = Json.mapper().constructType(type.getType());
        if (javaType != null && Listing.class.isAssignableFrom(javaType.getRawClass())) {
            JavaType array = Json.mapper().getTypeFactory()
                    .constructCollectionType(List.class, javaType.containedTypeOrUnknown(0));
            return context.resolve(new AnnotatedType(array).resolveAsRef(true));
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
