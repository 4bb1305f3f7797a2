export const groupsEn = {
  validation: {
    ageBand: 'The upper age must be above the lower age.',
    capacityOverRoom: 'The room has fewer places than the group.',
    fromInPast: 'Changes can reach the group’s sessions from today on, not earlier.',
    startInPast: 'An enrolment starts today or later; earlier sessions have already taken place.',
    lastDateInPast: 'The last day can be yesterday at the earliest; earlier sessions are already recorded.',
    alreadyEnrolled: 'This person is already in the group on these dates.',
    alreadyLeft: 'This enrolment already ends on or before that day.',
    alreadyWaiting: 'This person is already on this waiting list.',
    serviceOfGroup: 'A group’s waiting list is for the group’s own service.',
  },
};
