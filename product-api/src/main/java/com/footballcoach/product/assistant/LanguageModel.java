package com.footballcoach.product.assistant;

/**
 * Turns a grounded prompt into an answer. The local model returns the composed answer as it is;
 * the remote one asks a model and falls back to the composed answer, marked degraded.
 */
interface LanguageModel {

    /** An answer: its text, whether it is a fallback, and which model wrote it. */
    record Answer(String text, boolean degraded, String model) {
    }

    /** A prompt: the instructions, the titled context, and the question. */
    record Prompt(String system, String context, String question) {

        static final String SYSTEM = """
                You are the assistant of a football coach. Answer only from the CONTEXT below. \
                The numbers in the context come from the club's database and are the source of truth: \
                quote them exactly, never compute, round differently or invent numbers. If the context \
                does not hold the answer, say so. Mention anything listed under LEFT_OUT. Be brief.""";

        String user() {
            return "CONTEXT:\n" + context + "\n\nQUESTION: " + question;
        }

        /** The whole prompt as one text, for APIs that take a single prompt. */
        String single() {
            return system + "\n\n" + user();
        }
    }

    Answer answer(Prompt prompt, String localAnswer);

    /** {@code LLM_MODE=local}: no model at all. */
    final class Local implements LanguageModel {

        @Override
        public Answer answer(Prompt prompt, String localAnswer) {
            return new Answer(localAnswer, false, "local");
        }
    }
}
