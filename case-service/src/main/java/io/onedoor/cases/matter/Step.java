package io.onedoor.cases.matter;

/** A step of a matter's life, named as the API's operation that takes it. */
public enum Step {
    triageMatter,
    dispatchMatter,
    signAssignment,
    returnAssignment,
    completeAssignment,
    whistleDepartment,
    recordArrival,
    addHandlingRecord,
    recordMediationSession,
    splitMatter,
    proposeKey,
    recordJointMeeting,
    recordOutcome,
    recordInstalmentPayment,
    recordJudicialConfirmation,
    closeMatter,
    recordFollowUp,
    withdrawMatter,
    pauseMatter,
    resumeMatter,
    requestExtension,
    decideExtension
}
