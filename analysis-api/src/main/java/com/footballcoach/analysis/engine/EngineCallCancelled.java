package com.footballcoach.analysis.engine;

/** The call was cancelled from our side ({@link EngineCall#cancel}): the run was stopped, nothing to record. */
public class EngineCallCancelled extends RuntimeException {

    public EngineCallCancelled(String reason) {
        super(reason);
    }
}
