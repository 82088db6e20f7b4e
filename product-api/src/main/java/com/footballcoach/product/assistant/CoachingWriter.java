package com.footballcoach.product.assistant;

import org.springframework.stereotype.Component;

/**
 * The assistant's language model offered to other features (the alert advisories): writes a short
 * text from instructions and a grounded context, or returns the caller's deterministic text when
 * the model is off ({@code LLM_MODE=local}) or fails.
 */
@Component
public class CoachingWriter {

    /** A text and whether a model wrote it (false: the fallback was used). */
    public record Written(String text, boolean byModel, String model) {
    }

    private final LanguageModel model;

    CoachingWriter(LanguageModel model) {
        this.model = model;
    }

    public Written write(String instructions, String context, String request, String fallback) {
        LanguageModel.Answer answer = model.answer(new LanguageModel.Prompt(instructions, context, request), fallback);
        boolean byModel = !answer.degraded() && !"local".equals(answer.model()) && !answer.text().isBlank();
        return new Written(byModel ? answer.text().strip() : fallback, byModel, byModel ? answer.model() : "template");
    }
}
