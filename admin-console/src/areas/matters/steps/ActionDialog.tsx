import { CompleteDialog, ReturnDialog, SignDialog } from './AssignmentDialogs';
import { DecideExtensionDialog, ExtensionDialog, PauseDialog, ResumeDialog } from './ClockDialogs';
import { CloseDialog, FollowUpDialog, WithdrawDialog } from './ClosingDialogs';
import { DispatchDialog } from './DispatchDialog';
import { HandlingRecordDialog } from './HandlingRecordDialog';
import { JointMeetingDialog, KeyDialog, SplitDialog } from './LockDialogs';
import { MediationDialog } from './MediationDialog';
import type { Action } from './offered';
import { OutcomeDialog } from './OutcomeDialog';
import { InstalmentPaymentDialog, JudicialConfirmationDialog } from './PerformanceDialogs';
import type { StepDialogProps } from './StepDialog';
import { TriageDialog } from './TriageDialog';
import { ArrivalDialog, WhistleDialog } from './WhistleDialogs';

/** The form of an action the page (or the inbox) offers. */
export function ActionDialog({ action, ...props }: StepDialogProps & { readonly action: Action }) {
  if ('assignment' in action) {
    const Dialog = { signAssignment: SignDialog, returnAssignment: ReturnDialog, completeAssignment: CompleteDialog }[
      action.step
    ];
    return <Dialog {...props} assignment={action.assignment} />;
  }
  if ('whistle' in action) return <ArrivalDialog {...props} whistle={action.whistle} />;
  if ('lock' in action) return <KeyDialog {...props} lock={action.lock} />;
  if ('instalment' in action) return <InstalmentPaymentDialog {...props} instalment={action.instalment} />;
  if ('extension' in action) return <DecideExtensionDialog {...props} extension={action.extension} />;
  switch (action.step) {
    case 'triageMatter':
      return <TriageDialog {...props} />;
    case 'dispatchMatter':
      return <DispatchDialog {...props} />;
    case 'whistleDepartment':
      return <WhistleDialog {...props} />;
    case 'addHandlingRecord':
      return <HandlingRecordDialog {...props} />;
    case 'recordMediationSession':
      return <MediationDialog {...props} />;
    case 'splitMatter':
      return <SplitDialog {...props} />;
    case 'recordJointMeeting':
      return <JointMeetingDialog {...props} />;
    case 'recordOutcome':
      return <OutcomeDialog {...props} />;
    case 'recordJudicialConfirmation':
      return <JudicialConfirmationDialog {...props} />;
    case 'closeMatter':
      return <CloseDialog {...props} />;
    case 'recordFollowUp':
      return <FollowUpDialog {...props} />;
    case 'withdrawMatter':
      return <WithdrawDialog {...props} />;
    case 'pauseMatter':
      return <PauseDialog {...props} />;
    case 'resumeMatter':
      return <ResumeDialog {...props} />;
    case 'requestExtension':
      return <ExtensionDialog {...props} />;
  }
}
