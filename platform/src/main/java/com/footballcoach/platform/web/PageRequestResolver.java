package com.footballcoach.platform.web;

import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Reads {@link PageRequest} from the {@code limit} and {@code offset} query parameters and checks
 * their bounds, without the data binding of a model attribute (every list pays for this one, and
 * binding a record through a data binder cost a sixth of a cached list's time).
 */
final class PageRequestResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == PageRequest.class;
    }

    @Override
    public PageRequest resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
            NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
        return new PageRequest(integer(request, "limit", 1, PageRequest.MAX_LIMIT),
                integer(request, "offset", 0, Integer.MAX_VALUE));
    }

    private static @Nullable Integer integer(NativeWebRequest request, String name, int min, int max) {
        String text = request.getParameter(name);
        if (text == null || text.isBlank()) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInput(name, name + " must be an integer.");
        }
        if (value < min) {
            throw new InvalidInput(name, name + " must be greater than or equal to " + min + ".");
        }
        if (value > max) {
            throw new InvalidInput(name, name + " must be less than or equal to " + max + ".");
        }
        return (int) value;
    }
}
