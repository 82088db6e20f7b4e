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

        /** The instructions of the metric layer, where the model may choose its own query. */
        static final String SYSTEM_TOOLS = """
                You are the assistant of a football coach. To answer, call the query_metric tool with the \
                query that answers the question, then answer from its result only: the first sentence gives \
                the number asked for, then the matches behind it. Quote the numbers exactly as the tool \
                returns them; never compute, round differently or invent numbers. If no metric answers the \
                question, say that the club's data cannot answer it and use the LOCAL ANSWER. Be brief.""";

        String user() {
            return "CONTEXT:\n" + context + "\n\nQUESTION: " + question;
        }

        /** The whole prompt as one text, for APIs that take a single prompt. */
        String single() {
            return system + "\n\n" + user();
        }
    }

    Answer answer(Prompt prompt, String localAnswer);

    /**
     * A question of the metric layer. A model that can call tools may run its own query through
     * {@code tool}; whatever it writes, an answer with a number that is not in a result, the
     * question or the local answer is replaced by the local answer. The default asks the model
     * without tools, under the same check.
     */
    default Answer answerWithTools(Prompt prompt, String localAnswer, MetricTool tool) {
        Answer answer = answer(prompt, localAnswer);
        if (answer.degraded() || MetricTool.grounded(answer.text(), java.util.List.of(localAnswer, prompt.question()))) {
            return answer;
        }
        return new Answer(localAnswer, true, "local");
    }

    /** {@code LLM_MODE=local}: no model at all. */
    final class Local implements LanguageModel {

        @Override
        public Answer answer(Prompt prompt, String localAnswer) {
            return new Answer(localAnswer, false, "local");
        }
    }
}
