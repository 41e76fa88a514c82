"""The words of the built-in templates, in Ghostless's own voice.

Each entry: key -> (title, subject, direct text, softer text). Placeholders are
``$name`` (the contact's first name or name), ``$org``, ``$role``,
``$my_name``, ``$subject`` (the loop's subject) and ``$date`` (a date the user
picks, such as a check-in date or an offer deadline). The direct variant is
the plain answer; the softer one wraps the same answer in more warmth, for
cultures and relationships where that is the polite form. Both keep the
answer itself unmistakable.

Every text is marked for the catalogue; :mod:`ghostless.core.templates`
translates it when the template is read, so a translator writes each
template anew in their language (docs/translating.md).
"""

from __future__ import annotations

from ghostless.core.i18n import N_

#: The opener offered when a reply is drafted after its due window.
APOLOGY_OPENER = {
    "direct": N_("Sorry for the slow reply."),
    "softer": N_("I'm sorry this reply took longer than it should have."),
}

TEXTS: dict[str, tuple[str, str, str, str]] = {
    "recruiter_decline_open": (
        N_("Decline a recruiter, door open"),
        N_("Re: $subject"),
        N_(
            "Hi $name,\n\nThanks for thinking of me for the $role role. I'm not looking to move "
            "right now, so I'll pass on this one. If something senior comes up next year, I'm "
            "happy to hear about it.\n\nBest,\n$my_name"
        ),
        N_(
            "Hi $name,\n\nThank you for reaching out, and for thinking of me for the $role role at "
            "$org. I'm settled where I am for the moment, so I'll pass this time. I'd be glad to "
            "hear from you again if a senior role comes up later on.\n\nWarm regards,\n$my_name"
        ),
    ),
    "not_a_fit_other_roles": (
        N_("Not a fit, open to other roles"),
        N_("Re: $subject"),
        N_(
            "Hi $name,\n\nThanks for sending the $role role. It isn't a fit for me, so I'll pass. "
            "I am open to other roles, though, and would welcome anything closer to my "
            "background.\n\nBest,\n$my_name"
        ),
        N_(
            "Hi $name,\n\nThank you for sending over the $role role at $org. Having read it, I "
            "don't think it's the right fit for me, so I'll pass on it. I'd still be very glad to "
            "hear about other roles that sit closer to my background.\n\nKind regards,\n$my_name"
        ),
    ),
    "decline_after_interviews": (
        N_("Decline after interviews"),
        N_("Re: $subject"),
        N_(
            "Hi $name,\n\nThank you and the team for your time during the interviews. I've decided "
            "not to go forward with the $role role. I wish you a good search.\n\nBest,\n$my_name"
        ),
        N_(
            "Hi $name,\n\nThank you, and please thank the team, for the time and care you put into "
            "the interviews. After a lot of thought, I've decided not to go forward with the $role "
            "role. I enjoyed meeting everyone and wish you the very best with the "
            "search.\n\nWarm regards,\n$my_name"
        ),
    ),
    "accepted_other_offer": (
        N_("I accepted another offer"),
        N_("Re: $subject"),
        N_(
            "Hi $name,\n\nThanks for your time in the process for the $role role. I've accepted "
            "another offer, so I'm withdrawing from the process. Best of luck with the "
            "hire.\n\nBest,\n$my_name"
        ),
        N_(
            "Hi $name,\n\nThank you for everything during the process for the $role role at $org. "
            "I wanted you to hear it from me straight away: I've accepted another offer, so I'm "
            "withdrawing. I'm grateful for your time and wish the team well.\n\nKind "
            "regards,\n$my_name"
        ),
    ),
    "cancel_interview": (
        N_("Cancel an interview"),
        N_("Cancelling: $subject"),
        N_(
            "Hi $name,\n\nThank you for arranging the interview. I need to cancel it and withdraw "
            "from the process for the $role role. I appreciate your time.\n\nBest,\n$my_name"
        ),
        N_(
            "Hi $name,\n\nThank you for arranging the interview for the $role role. I'm writing "
            "well ahead so your calendar isn't held: I need to cancel, and I'm withdrawing from "
            "the process. Thank you for your time and understanding.\n\nKind regards,\n$my_name"
        ),
    ),
    "reschedule_interview": (
        N_("Reschedule an interview"),
        N_("Rescheduling: $subject"),
        N_(
            "Hi $name,\n\nThanks for setting up the interview. I can't make the agreed time; could "
            "we move it to $date, or another time that suits you?\n\nBest,\n$my_name"
        ),
        N_(
            "Hi $name,\n\nThank you for setting up the interview. Something has come up and I "
            "can't make the agreed time. Would it be possible to reschedule to $date, or to "
            "another time that works for you?\n\nKind regards,\n$my_name"
        ),
    ),
    "interview_thanks": (
        N_("Thank-you after an interview"),
        N_("Thank you: $subject"),
        N_(
            "Hi $name,\n\nThank you for the interview today for the $role role. I enjoyed the "
            "conversation and I'm keen on the role.\n\nBest,\n$my_name"
        ),
        N_(
            "Hi $name,\n\nThank you for taking the time to speak with me today about the $role "
            "role. I enjoyed the conversation and came away even more interested in joining "
            "$org.\n\nWarm regards,\n$my_name"
        ),
    ),
    "single_follow_up": (
        N_("The single follow-up"),
        N_("Following up: $subject"),
        N_(
            "Hi $name,\n\nI'm following up on my interview for the $role role. I'm still "
            "interested and would be glad to hear about next steps.\n\nBest,\n$my_name"
        ),
        N_(
            "Hi $name,\n\nI hope your week is going well. I wanted to follow up on my interview "
            "for the $role role: I'm still very interested, and I'd be grateful for any news on "
            "next steps when you have it.\n\nKind regards,\n$my_name"
        ),
    ),
    "thanks_for_help": (
        N_("Thanks for help"),
        N_("Thank you"),
        N_(
            "Hi $name,\n\nThank you for your help with $subject. It made a real "
            "difference.\n\nBest,\n$my_name"
        ),
        N_(
            "Hi $name,\n\nI wanted to say thank you for your help with $subject. I really "
            "appreciate the time you gave me, and it made a real difference.\n\nWarm "
            "regards,\n$my_name"
        ),
    ),
    "referrer_outcome": (
        N_("The outcome note to a referrer"),
        N_("An update, and thank you"),
        N_(
            "Hi $name,\n\nA quick update on the introduction you made: $subject. Thank you for "
            "vouching for me.\n\nBest,\n$my_name"
        ),
        N_(
            "Hi $name,\n\nI wanted to close the loop on the introduction you kindly made. Here is "
            "how it went: $subject. Thank you again for vouching for me; it meant a lot.\n\nWarm "
            "regards,\n$my_name"
        ),
    ),
    "answer_offer": (
        N_("Answer an offer"),
        N_("Re: $subject"),
        N_(
            "Hi $name,\n\nThank you for the offer for the $role role. After careful thought, I've "
            "decided not to accept it. I appreciate the time you and the team put in.\n\nBest,"
            "\n$my_name"
        ),
        N_(
            "Hi $name,\n\nThank you very much for the offer for the $role role at $org. I've given "
            "it careful thought, and I've decided not to accept. I'm grateful for the time and "
            "trust you and the team showed me.\n\nKind regards,\n$my_name"
        ),
    ),
    "offer_deadline_notice": (
        N_("Tell others my offer deadline"),
        N_("Timing: $subject"),
        N_(
            "Hi $name,\n\nThanks for the process so far. I've received an offer with a deadline of "
            "$date. I'd prefer to hear from you before then; is that possible?\n\nBest,\n$my_name"
        ),
        N_(
            "Hi $name,\n\nThank you for the process so far for the $role role. I wanted to let you "
            "know that I've received another offer, with a deadline of $date. You are still my "
            "preference, so I'd be grateful to know whether a decision is possible before "
            "then.\n\nKind regards,\n$my_name"
        ),
    ),
    "step_back": (
        N_("Step back for now"),
        N_("Stepping back"),
        N_("Hi $name,\n\nI need to step back for now. Thank you for understanding.\n\n$my_name"),
        N_(
            "Hi $name,\n\nI need to step back from this for a while. Thank you for your "
            "understanding; I'll be in a better place to pick things up when I'm back.\n\nWarm "
            "regards,\n$my_name"
        ),
    ),
    "boundary": (
        N_("A boundary statement"),
        N_("Re: $subject"),
        N_(
            "Hi $name,\n\nThank you for thinking of me. I'm not able to take on $subject, and my "
            "answer won't change. I wish you well with it.\n\n$my_name"
        ),
        N_(
            "Hi $name,\n\nThank you for thinking of me. I've considered it, and I'm not able to "
            "take on $subject; this is a firm no rather than a not-yet. I wish you every success "
            "with it.\n\nKind regards,\n$my_name"
        ),
    ),
    "not_now_check_in": (
        N_("Not now, check in later"),
        N_("Re: $subject"),
        N_(
            "Hi $name,\n\nThank you for asking. I can't take this on right now. I'll check in "
            "with you on $date to see whether it still makes sense.\n\nBest,\n$my_name"
        ),
        N_(
            "Hi $name,\n\nThank you for thinking of me. I'm not able to take this on right now, "
            "but I'd like to revisit it: I'll check in with you on $date, if that suits "
            "you.\n\nWarm regards,\n$my_name"
        ),
    ),
    "apology_short_silence": (
        N_("Apology after a silence (under six weeks)"),
        N_("Re: $subject"),
        N_("Hi $name,\n\nSorry for going quiet. To answer you: $subject.\n\nBest,\n$my_name"),
        N_(
            "Hi $name,\n\nI'm sorry for going quiet; you deserved an answer sooner. To answer your "
            "question: $subject.\n\nKind regards,\n$my_name"
        ),
    ),
    "re_engage_with_purpose": (
        N_("Re-engage after a long silence"),
        N_("$subject"),
        N_(
            "Hi $name,\n\nIt's been a while since we last spoke. I'm writing because of "
            "$subject. Would you be open to a short call?\n\nBest,\n$my_name"
        ),
        N_(
            "Hi $name,\n\nIt's been a long while since we last spoke, and I hope things are good "
            "at $org. I'm getting in touch for a specific reason: $subject. Would you be open to "
            "a short call in the coming weeks?\n\nWarm regards,\n$my_name"
        ),
    ),
    "feedback_after_rejection": (
        N_("Ask for feedback after a rejection"),
        N_("Re: $subject"),
        N_(
            "Hi $name,\n\nThank you for letting me know about the $role role. If you have a "
            "minute, I'd value one or two points I could improve on.\n\nBest,\n$my_name"
        ),
        N_(
            "Hi $name,\n\nThank you for letting me know, and for the time you and the team gave "
            "me. If you have a moment, I'd be grateful for any feedback on what I could do better "
            "next time; even a line or two would help.\n\nKind regards,\n$my_name"
        ),
    ),
    "back_now": (
        N_("Back now, after time away"),
        N_("Re: $subject"),
        N_(
            "Hi $name,\n\nI was away for a while and I'm back now. Thank you for your patience. "
            "Is $subject still current?\n\nBest,\n$my_name"
        ),
        N_(
            "Hi $name,\n\nI had to step away for a while for personal reasons and I'm back now. "
            "Thank you for your patience. Is $subject still something we should pick "
            "up?\n\nWarm regards,\n$my_name"
        ),
    ),
}
