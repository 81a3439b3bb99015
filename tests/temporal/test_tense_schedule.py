"""Clause tense of scheduled events (tense.py, rules/en/normalization/tense_cue.yaml,
tense_words.yaml).

From a guideline sweep on modern news (DCT 2013-03-22, a Friday): the simple present of a
timetable verb ("the talks resume Tuesday") points forward, a participle after "remain"
is no past tense, and a date after a present copula ("the deadline is Tuesday") is ahead;
past forms and other verbs keep the news default (back).
"""
from __future__ import annotations

import datetime as dt

import pytest

from jnz_timeline.temporal import tag

from . import tagged

DCT = dt.date(2013, 3, 22)  # a Friday


def _find(text: str, expr: str):
    return tagged(text, DCT, expr)


@pytest.mark.parametrize("text,expr,value,mod", [
    # --- future: a verb group headed by "will", with "remain" transparent
    ("The banks will remain closed until Tuesday.", "Tuesday", "2013-03-26", None),
    ("The banks remain closed until Tuesday.", "Tuesday", "2013-03-26", None),
    # an "-ed" subject is no auxiliary of the modal after it, adverbs between them aside
    ("Consolidated will hold a meeting Tuesday.", "Tuesday", "2013-03-26", None),
    ("Consolidated also will hold a meeting Tuesday.", "Tuesday", "2013-03-26", None),
    # an "-ed" word a few words after a modal is an adjective of its object, no past verb;
    # after a determiner that may open a subject, it stays a verb
    ("The bank would also offer banks targeted loans in September.", "September", "2013-09", None),
    ("He will meet elected officials in April.", "April", "2013-04", None),
    ("He will say the firm closed plants in February.", "February", "2013-02", None),
    # timetable verbs of travel; "(not) expected until" looks ahead as "expected to" does
    ("The ships sail for home Tuesday morning.", "Tuesday morning", "2013-03-26TMO", None),
    ("Final results were not expected until Wednesday, officials said.", "Wednesday", "2013-03-27", None),
    # "expected" right before the expression looks ahead, as "is expected" does
    ("Voting ends at 8 p.m., with results expected late Monday night.", "late Monday night", "2013-03-25TNI", "END"),
    # an invitation to do something on a day looks ahead of it, as an order does
    ("The president invited his successor to meet at the palace Tuesday.", "Tuesday", "2013-03-26", None),
    # a "when" clause after a list of days that looks ahead tells the way of each
    ("The office issued a red warning covering Monday and Tuesday, when temperatures could reach 40C.", "Monday", "2013-03-25", None),
    ("Forecasters warned of a cool change expected on Saturday afternoon.", "Saturday afternoon", "2013-03-23TAF", None),
    # ... not an active "expected", nor one in a comparison
    ("Inflation came in lower than analysts expected Tuesday.", "Tuesday", "2013-03-19", None),
    ("The Fed cut rates as widely expected Wednesday.", "Wednesday", "2013-03-20", None),
    ("Analysts had expected on Tuesday that the Fed would hold.", "Tuesday", "2013-03-19", None),
    # "was/were expected" is reported from the time of writing, still ahead; "had been
    # expected" is a past plan
    ("Results from the samples were expected on Monday.", "Monday", "2013-03-25", None),
    ("A ruling had been expected on Monday.", "Monday", "2013-03-18", None),
    # "back to work" is no infinitive: the order was given on the day
    ("An arbitrator ordered them back to work Tuesday night.", "Tuesday night", "2013-03-19TNI", None),
    ("They agreed to go back to work on Monday.", "Monday", "2013-03-25", None),
    # a sitting, a contest or a vote on a set day is a timetable; "votes" after a number a noun
    ("The trial continues on Monday.", "Monday", "2013-03-25", None),
    ("Voters decide on the treaty in a referendum on Sunday.", "Sunday", "2013-03-24", None),
    ("Rinaldi takes his side to Burnley on Saturday.", "Saturday", "2013-03-23", None),
    ("The deal was thrown out by 432 votes to 202 on Tuesday evening.", "Tuesday evening", "2013-03-19TEV", None),
    # a season no verb places is the nearer one, a tie going ahead
    ("She said only: \"Ask me in the autumn.\"", "the autumn", "2013-FA", None),
    ("Importers race to get goods onto shelves for the summer.", "the summer", "2013-SU", None),
    # what the clause after ", when" tells places the date: its own verb, not one further on
    ("The dispute dates to the autumn, when lines began installing terminals that clerks say will cut jobs.",
     "the autumn", "2012-FA", None),
    ("He waited for Sunday, when he will line up.", "Sunday", "2013-03-24", None),
    ("He waited for Sunday, when the man who won the vote will be sworn in.", "Sunday", "2013-03-24", None),
    # a putting-off verb after a modal is a future ("could slip", "will be suspended")
    ("The economy could slip into recession in the second half of the year.", "the second half of the year", "2013-H2", None),
    ("Flights will be suspended on Monday.", "Monday", "2013-03-25", None),
    # a clause opened by "before" with no tense of its own takes the future of the one before;
    # one opened by "after" does not (what precedes a future act may be past)
    ("He will travel to Hanoi on Tuesday, before flying to Tokyo for a summit on Thursday.", "Thursday", "2013-03-28", None),
    # an "-ly" adverb is transparent inside a verb group
    ("Trains will be severely disrupted on Tuesday.", "Tuesday", "2013-03-26", None),
    # reported plans keep looking forward; a defer verb's "-ing" form defers too
    ("Analysts said the truce was likely to hold until Tuesday.", "Tuesday", "2013-03-26", None),
    ("The vote was expected to take place on Tuesday.", "Tuesday", "2013-03-26", None),
    ("He was going to resign on Tuesday, but changed his mind.", "Tuesday", "2013-03-19", None),
    # a weekday after "<clock time> on" and the clock time share one day, the clock's tense helping
    ("The warning runs from 09:00 on Saturday until 09:00 on Monday.", "Monday", "2013-03-25", None),
    ("Officials were prepared to consider delaying the vote until Tuesday.", "Tuesday", "2013-03-26", None),
    # --- future: present tense of a scheduled event
    ("The talks, which resume Tuesday, are the first in eight months.", "Tuesday", "2013-03-26", None),
    ("Merkel faces a general election in September.", "September", "2013-09", None),
    ("Prince William and Kate are expecting their first child in July.", "July", "2013-07", None),
    ("The race starts at 1 p.m. Sunday.", "1 p.m. Sunday", "2013-03-24T13:00", None),
    ("Forecasters expect more snow over the weekend.", "the weekend", "2013-W12-WE", None),
    ("Ramadan begins in early July this year.", "early July", "2013-07", "START"),
    ("The summit opens in September.", "September", "2013-09", None),
    ("The law takes effect in July.", "July", "2013-07", None),
    ("The strike ends Monday.", "Monday", "2013-03-25", None),
    ("The summit concludes on Thursday.", "Thursday", "2013-03-28", None),
    ("The festival wraps up on Sunday.", "Sunday", "2013-03-24", None),
    ("Voters go to the polls on Sunday.", "Sunday", "2013-03-24", None),
    ("The pope celebrates Mass on Sunday.", "Sunday", "2013-03-24", None),
    ("The court hears arguments on Tuesday.", "Tuesday", "2013-03-26", None),
    ("Workers go on strike Monday.", "Monday", "2013-03-25", None),
    ("The offer, which was extended, expires Monday.", "Monday", "2013-03-25", None),
    ("He said the talks begin Tuesday.", "Tuesday", "2013-03-26", None),
    ("On Tuesday, the talks resume in Geneva.", "Tuesday", "2013-03-26", None),
    ("The talks are expected to resume Tuesday.", "Tuesday", "2013-03-26", None),
    # --- future: a date as the predicate of a present copula
    ("The deadline is midnight Tuesday.", "midnight Tuesday", "2013-03-26T24:00", None),
    ("The vote is on Sunday.", "Sunday", "2013-03-24", None),
    # --- past: past forms of the same verbs
    ("The talks resumed Tuesday.", "Tuesday", "2013-03-19", None),
    ("The summit concluded on Thursday.", "Thursday", "2013-03-21", None),
    ("Merkel faced an election in September.", "September", "2012-09", None),
    ("Ramadan began in early July.", "early July", "2012-07", "START"),
    ("The banks remained closed until Tuesday.", "Tuesday", "2013-03-19", None),
    ("The deadline was midnight Tuesday.", "midnight Tuesday", "2013-03-19T24:00", None),
    ("Prince William and Kate were expecting their first child in July.", "July", "2012-07", None),
    ("Forecasters did not expect snow on Tuesday.", "Tuesday", "2013-03-19", None),
    # --- past: reporting verbs and the news default
    ("He said on Tuesday that the banks would reopen.", "Tuesday", "2013-03-19", None),
    ("The minister said Tuesday that the bank was solvent.", "Tuesday", "2013-03-19", None),
    # an infinitive is not a finite verb: the governing verb decides ...
    ("They hoped, as they resumed talks on Tuesday, for a deal.", "Tuesday", "2013-03-19", None),
    # ... and after a verb of deciding, asking or promising the infinitive is done later,
    # a date with no year the nearest to publication (DCT Friday 22 March)
    ("They agreed to resume talks on Tuesday.", "Tuesday", "2013-03-26", None),
    ("Officials urged people to work from home on Monday.", "Monday", "2013-03-25", None),
    ("Thermo Electron agreed to purchase the line for $22 million in June.", "June", "2013-06", None),
    ("The assembly voted to impeach the president on Dec. 9.", "Dec. 9", "2012-12-09", None),
    ("He agreed to the deal in February.", "February", "2013-02", None),
    # ... also in its base form after a past "do", negated or not
    ("Officials said they did not plan to remove him on Thursday.", "Thursday", "2013-03-28", None),
    ("They didn't agree to meet on Thursday.", "Thursday", "2013-03-28", None),
    # ... not "did not expect to", which as often tells surprise at what happened
    ("The Eagles did not expect to lose on Tuesday, their coach said.", "Tuesday", "2013-03-19", None),
    ("He did not say on Thursday whether he would go.", "Thursday", "2013-03-21", None),
    # ... but a vote to accept is done in the vote, negated or not
    ("Shareholders did not vote to approve the merger on Tuesday.", "Tuesday", "2013-03-19", None),
    # a plan given up points no way, but not one still ahead, told with a contracted modal
    ("The museum won't initially open in February, the director said.", "February", "2014-02", None),
    # a past form that is its own base form after "to" is an infinitive ("promised to set
    # out"); "than planned" is a comparison, not an intent
    ("The government promised to set out a scheme by the autumn.", "the autumn", "2013-FA", None),
    # ... but a "to" with a figure after it is none, and "forecast" after "it" a past verb
    ("It now expects $3.10 to $3.25, down from the $3.40 to $3.55 it forecast in May.", "May", "2012-05", None),
    ("Fewer were culled than planned and there was not enough time to finish before the winter.", "the winter", "2012-WI", None),
    # "expected X to" reports a forecast, often of figures already out: no intent
    ("Analysts expected exports to rise in January.", "January", "2013-01", None),
    # an adverb of frequency is transparent in a verb group
    ("Places on popular courses are often filled by the autumn.", "the autumn", "2013-FA", None),
    # a run that lasts to a day
    ("The festival began last weekend and runs through Sunday.", "Sunday", "2013-03-24", None),
    # ... not a "to" far from the verb, nor a plan given up
    ("He had planned to finish the work in June.", "June", "2012-06", None),
    # a plural noun after "to" makes it a preposition, and "had been ordered to" is a plan
    # of the past
    ("He told the story to reporters on Tuesday.", "Tuesday", "2013-03-19", None),
    ("He told the story to police on Tuesday.", "Tuesday", "2013-03-19", None),
    ("He asked questions to officials on Tuesday.", "Tuesday", "2013-03-19", None),
    ("About 2 million people had been ordered to evacuate on Tuesday.", "Tuesday", "2013-03-19", None),
    ("She wanted to leave on Tuesday, but the flight was canceled.", "Tuesday", "2013-03-19", None),
    # a hope looks ahead; "expected" after "as/than" is no cue ("as widely expected", "than expected")
    ("The worst congestion is expected on Saturday morning.", "Saturday morning", "2013-03-23TMO", None),
    # a deadline not yet met in a negated present passive after "if"
    ("Either side may walk away if the deal isn't completed by Oct. 24.", "Oct. 24", "2013-10-24", None),
    # an appearance on a timetable
    ("Greenspan, who testifies before Congress on Wednesday, has warned for months.", "Wednesday", "2013-03-27", None),
    # a quotation ends its clause: the attribution after it is no verb of it
    ("\"I want that bill on the floor by the end of March,\" Lott said in an interview.", "the end of March", "2013-03", "END"),
    # ... and a bare "expected" in an aside, over "in" ("is in January" tells no timetable)
    ("Officials warned that the monsoon rains, expected in June, could hamper relief.", "June", "2013-06", None),
    ("They hoped to hold a special session in August.", "August", "2013-08", None),
    ("Earnings were better than expected on Tuesday.", "Tuesday", "2013-03-19", None),
    ("The Fed, as widely expected, raised rates on Tuesday.", "Tuesday", "2013-03-19", None),
    ("Sales were weaker than analysts expected in February.", "February", "2013-02", None),
    # a modal + "have" + participle tells what would have happened: past; otherwise it heads
    # a future ("would have to", "would have no effect")
    ("The festival, which would have ended on Tuesday, was called off.", "Tuesday", "2013-03-19", None),
    ("The deal could have been signed in June.", "June", "2012-06", None),
    ("He said it would have to be signed by Monday.", "Monday", "2013-03-25", None),
    ("Clocks move at 2 a.m. Sunday, a change that controllers said would have no effect.", "2 a.m. Sunday", "2013-03-24T02:00", None),
    ("The team will have finished by Monday.", "Monday", "2013-03-25", None),
    # "schedule" as a noun is no timetable verb
    ("Most vessels arrived on schedule in November.", "November", "2012-11", None),
    ("The work was finished ahead of schedule in June.", "June", "2012-06", None),
    # a plan reported from the time of writing is still ahead, as "was expected" is
    ("A commemorative parachute drop was planned for Tuesday.", "Tuesday", "2013-03-26", None),
    ("The hearing was scheduled for Monday.", "Monday", "2013-03-25", None),
    # an "-ed" word after "the" before a past verb is its subject, not an adjective
    ("The accused appeared in court in June.", "June", "2012-06", None),
    ("Lawmakers voted 432 to 202 against the deal on Tuesday evening.", "Tuesday evening", "2013-03-19TEV", None),
    ("Arab nations voted for a force to protect the kingdom, with the vanguard arriving Tuesday.", "Tuesday", "2013-03-19", None),
    # a noun, not a verb
    ("Housing starts in February rose 3 percent.", "February", "2013-02", None),
    # present perfect with an irregular participle is past, not a bare "has" + "through"
    ("The fund has fallen 2 percent through Feb. 15.", "Feb. 15", "2013-02-15", None),
    # headline-style present of an action verb is not a timetable: the news default holds
    ("Obama signs bill on Tuesday.", "Tuesday", "2013-03-19", None),
    # present progressive of an arrangement points forward; an "-ing" form without "be" is no verb
    ("The minister is visiting Tokyo on Tuesday.", "Tuesday", "2013-03-26", None),
    ("The minister will be meeting Kishida on Tuesday.", "Tuesday", "2013-03-26", None),
    ("He spoke after meeting Kishida on Tuesday.", "Tuesday", "2013-03-19", None),
    ("He was visiting Tokyo on Tuesday.", "Tuesday", "2013-03-19", None),
    # a clock time does not end the clause ("p.m.", "8:45")
    ("The match will be played at 3 p.m. on Saturday.", "Saturday", "2013-03-23", None),
    ("Doors will open at 8:45 on Saturday.", "Saturday", "2013-03-23", None),
    # a date that modifies a noun is no time of the timetable verb or copula
    ("He faces questions over the March 11 response.", "March 11", "2013-03-11", None),
    ("The focus is on Tuesday's vote.", "Tuesday", "2013-03-19", None),
    ("Merkel faces an election in September that she may lose.", "September", "2013-09", None),
    ("The summit begins Monday with a dinner.", "Monday", "2013-03-25", None),
    # a capitalised "May" inside the clause is a name (or the month), not the modal
    ("Theresa May said on Tuesday that talks would go on.", "Tuesday", "2013-03-19", None),
    ("Prime Minister May visited Tokyo on Monday.", "Monday", "2013-03-18", None),
    ("Talks may resume on Monday.", "Monday", "2013-03-25", None),
    # ... also right after the date: "May" mid-sentence is a name; only sentence-initial
    # is it the modal
    ("On Monday May announced a new cabinet.", "Monday", "2013-03-18", None),
    ("May the talks resume on Monday?", "Monday", "2013-03-25", None),
    # a present tense after "when/if/until" takes the future of the clause before it
    ("Kiribati will be the first inhabited place to greet the year when clocks strike midnight on Friday, organisers said Thursday.", "Friday", "2013-03-22", None),
    ("The minister said the plant will close if the vote on Tuesday goes against it.", "Tuesday", "2013-03-26", None),
    # a clause after ", and/but" with no subject goes on with the verb group before it
    ("The company will close the plant in March, and open a new one in June.", "June", "2013-06", None),
    ("The store will be open Monday, and closed on Tuesday.", "Tuesday", "2013-03-26", None),
    ("He said he would visit Paris in April, but sign nothing on Monday.", "Monday", "2013-03-25", None),
    # ... not one with a subject and a verb of its own
    ("The plant will close in April, and prices rose in February.", "February", "2013-02", None),
    ("He will retire, and the board named a successor on Monday.", "Monday", "2013-03-18", None),
    # a clause opened by "that" has a verb of its own, after the date if not before it
    ("Network Rail warned that services on Wednesday would be disrupted.", "Wednesday", "2013-03-27", None),
    ("He said that on Monday the board had met.", "Monday", "2013-03-18", None),
    ("Merieux said that at the close of business Thursday, shares and C$44.3 million face amount of debentures had been tendered.", "Thursday", "2013-03-21", None),
    # putting off covers closing down until a date ...
    ("Ryanair cancelled all flights until Monday.", "Monday", "2013-03-25", None),
    # ... and a state a past act imposed or offered until a day and month, months ahead
    ("The park offered visitors discounted fees until June 30.", "June 30", "2013-06-30", None),
    ("The city banned fireworks until July 5.", "July 5", "2013-07-05", None),
    # ... not a state that merely lasted ("remained open until Oct. 30" last year)
    ("The park remained open until Oct. 30.", "Oct. 30", "2012-10-30", None),
    # ... counted from the day the clause puts off from, if it tells one
    ("Flights were grounded on Tuesday until Thursday.", "Thursday", "2013-03-21", None),
    # ... and only from a day: a weekend told before is none ("2013-W11-WE" is no date)
    ("Flights were grounded last weekend until Monday.", "Monday", "2013-03-25", None),
    # "that" opens no clause as a determiner
    ("He will sign that bill on Monday.", "Monday", "2013-03-25", None),
    # the noun "turns"
    ("The story took many twists and turns in March.", "March", "2013-03", None),
    ("The celebrations planned for Tuesday were called off.", "Tuesday", "2013-03-26", None),
    ("The celebrations had been planned for Tuesday.", "Tuesday", "2013-03-19", None),
    ("If there is no deal by Monday, it slips into January.", "January", "2014-01", None),
    # "not" between a verb of deciding and its "to" does not count
    ("Abbott ordered natural gas producers not to ship gas until Sunday.", "Sunday", "2013-03-24", None),
    # a birthday ahead
    ("Napolitano, who turns 88 in June, relented.", "June", "2013-06", None),
    # ... but "after/as" after a comma open no such clause
    ("Asian shares are set to open higher, after a rally on Wall Street on Thursday.", "Thursday", "2013-03-21", None),
    # an attribution ends the clause only at its end, not after a fronted date
    ("In February, the company announced layoffs.", "February", "2013-02", None),
    # putting off: the new date lies ahead of the act, unless no "until/by" introduces it
    ("Officials postponed until Tuesday any action on the request.", "Tuesday", "2013-03-26", None),
    ("The judge adjourned the trial until Monday.", "Monday", "2013-03-25", None),
    ("The vote was delayed on Tuesday.", "Tuesday", "2013-03-19", None),
    ("Flights were delayed by Tuesday's storm.", "Tuesday", "2013-03-19", None),
    ("Stocks extended losses through Tuesday.", "Tuesday", "2013-03-19", None),
    # ... and a date put off to is the nearest one, as the act may be weeks old (DCT 22 March)
    ("The hearing, first due in January, was moved to March 13 and held then.", "March 13", "2013-03-13", None),
    ("The hearing was postponed until April 2.", "April 2", "2013-04-02", None),
    ("The launch was delayed to January.", "January", "2014-01", None),
    ("The launch was delayed until February.", "February", "2013-02", None),
    ("The vote was adjourned to November 5.", "November 5", "2013-11-05", None),
    # a negated past is past ("didn't" is one word, straight or curly apostrophe)
    ("He didn't expect a loss in January.", "January", "2013-01", None),
    ("They didn’t meet Tuesday.", "Tuesday", "2013-03-19", None),
    # a copula points ahead only right before the date, not "is about/in ..."
    ("The report is about the January crash.", "January", "2013-01", None),
    ("The highest level is in January.", "January", "2013-01", None),
    # two cues that share a word are both read ("expected to" + "to be")
    ("The shots are not expected to be available until the summer.", "the summer", "2013-SU", None),
    # a base form after a determiner and "-ed" adjectives is a noun, no timetable verb
    ("The agency released the revised schedule Friday evening.", "Friday evening", "2013-03-22TEV", None),
    # a "when" clause right after the date tells what happens then; a future one points ahead
    ("He says he has waited four years for Sunday, when he will line up in Marathon.", "Sunday", "2013-03-24", None),
    ("He was born on Sunday, when his father was away.", "Sunday", "2013-03-17", None),
    ("The fire broke out on Monday, when most workers would normally be at home.", "Monday", "2013-03-18", None),
    # the infinitive of a deciding verb is done after it ("voted Sunday to strike at 12:01
    # a.m. Wednesday"), unless it is done in the deciding itself ("voted to accept")
    ("Workers voted to accept a four-year contract late Tuesday.", "late Tuesday", "2013-03-19", "END"),
    ("Workers voted to accept it, sending staff back to their jobs on Tuesday.", "Tuesday", "2013-03-26", None),
    # a plan given up points no way: the nearest to publication
    ("She was originally due back in February, but her stay was extended.", "February", "2013-02", None),
    ("The fight was originally scheduled for Feb. 14 but was postponed.", "Feb. 14", "2013-02-14", None),
    # a timetable verb: "meet" (not "launch", "launches", "reaches": nouns as often,
    # "missile launches on Sunday", "the lower reaches of the river on Monday")
    ("The foreign ministers meet on Monday in Brussels.", "Monday", "2013-03-25", None),
    ("Winds forced launch controllers to call off Monday's attempt.", "Monday", "2013-03-18", None),
    ("Missile launches on Sunday drew condemnation.", "Sunday", "2013-03-17", None),
    ("Floods in the lower reaches of the river on Monday killed 12.", "Monday", "2013-03-18", None),
    # an expectation told with an infinitive points no way of its own: the lead word or the
    # news default decides ("expected the row to blow over by the summer"; "expected
    # exports to rise in January", said in March, is gone by)
    ("Diplomats expected the row to blow over by the summer.", "the summer", "2013-SU", None),
    ("Analysts expected exports to rise in February.", "February", "2013-02", None),
    # "warned" is no intent: "warned residents to stay indoors on Tuesday as the storm hit"
    ("Officials warned residents to stay indoors on Tuesday as the storm hit.", "Tuesday", "2013-03-19", None),
    # the elided modal skips transparent words before "be"
    ("It will begin in April and be also finished by the end of June.", "the end of June", "2013-06", "END"),
    # a deciding verb's "to accept" is done in the deciding; an asking verb's is ahead
    ("The union asked members to ratify the deal at a meeting on Sunday.", "Sunday", "2013-03-24", None),
    # a state a past act imposed may hold until a day after publication (four days ahead
    # at most); not a narrated span, a passive state, a range's end, nor with a "when" clause
    ("The government closed the borders until Tuesday.", "Tuesday", "2013-03-26", None),
    ("The government closed the borders until Tuesday, when a deal was struck.", "Tuesday", "2013-03-19", None),
    ("Police did not identify the victim until Tuesday.", "Tuesday", "2013-03-19", None),
    ("The borders were closed until Tuesday.", "Tuesday", "2013-03-19", None),
    ("Markets closed from Monday until Tuesday for the holiday.", "Tuesday", "2013-03-19", None),
    ("Talks continued until Wednesday.", "Wednesday", "2013-03-20", None),
    ("Authorities closed the airport and it stayed shut until Tuesday.", "Tuesday", "2013-03-19", None),
    ("The State Department closed the U.S. embassy until Tuesday.", "Tuesday", "2013-03-26", None),
    # a clause with no subject after "and" shares the modal before it, also as a passive
    ("The first phase will begin in April and be largely finished by the end of June.", "the end of June", "2013-06", "END"),
    ("The plant closed in April and was finished by the end of June.", "the end of June", "2012-06", "END"),
    # a deadline not yet met in a condition lies ahead; a narrative's is gone by
    ("Either side can walk away if the deal hasn't closed by Dec. 31.", "Dec. 31", "2013-12-31", None),
    ("When the boat has not arrived by March 2, the owner calls the Coast Guard.", "March 2", "2013-03-02", None),
    ("The deal has not closed by Dec. 31.", "Dec. 31", "2012-12-31", None),
    # a present perfect "until" a day with a past "when" clause after it narrates that day,
    # not with a future one
    ("The airport has been closed until Sunday, when flights resume.", "Sunday", "2013-03-24", None),
    ("Oil prices have risen every day until Tuesday, when they fell.", "Tuesday", "2013-03-19", None),
    # a present perfect's state holds until a day ahead; a past perfect's until one gone by
    ("Railtrack has closed part of the line until Tuesday morning.", "Tuesday morning", "2013-03-26TMO", None),
    ("The road has also been closed until Tuesday.", "Tuesday", "2013-03-26", None),
    ("Officials had closed the road until Tuesday.", "Tuesday", "2013-03-19", None),
    ("The road has been closed since Tuesday.", "Tuesday", "2013-03-19", None),
    # an aside right after a date that opens the sentence is not its clause's verb
    ("In May, because of the strike, output fell.", "May", "2012-05", None),
])
def test_schedule_tense(text, expr, value, mod):
    rec = _find(text, expr)
    assert (rec.value, rec.mod) == (value, mod), rec.explanation


@pytest.mark.parametrize("text,expr,value", [
    # a habit, before the clause's verb, is told of any year (TIMEX3 XXXX-MM)
    ("The rainy season, which usually starts in May, has been dry.", "May", "XXXX-05"),
    ("Shipments of wheat typically peak in October.", "October", "XXXX-10"),
    ("Ice typically covered the lake from early December until mid-April.", "mid-April", "XXXX-04"),
    ("Flu viruses typically fade in the summer.", "the summer", "XXXX-SU"),
    ("A holy year is normally declared whenever the feast on 25 July falls on a Sunday.", "25 July", "XXXX-07-25"),
    # ... and so are a period's own bounds
    ("Vireo, whose fiscal year begins Oct. 1, has forecast revenue.", "Oct. 1", "XXXX-10-01"),
    ("Cascade's fiscal year ends June 30, so the quarter was its first.", "June 30", "XXXX-06-30"),
    ("Hoshino keeps its books on a fiscal year that runs from April to March.", "March", "XXXX-03"),
    # not the fiscal year under way, nor past the sentence
    ("The fiscal year ends June 30.", "June 30", "2013-06-30"),
    ("The state's fiscal year begins each July 1. Voters in November will decide.", "November", "2013-11"),
    # not the manner of a verb before it, nor under a modal, nor past a comma
    ("Flights were operating normally on Tuesday.", "Tuesday", "2013-03-19"),
    ("Stores would normally be hiring in December.", "December", "2013-12"),
    ("Stocks typically rise after the holiday, which this year ended on 17 February.", "17 February", "2013-02-17"),
    ("The court typically rules within months, meaning no decision before the fall.", "the fall", "2013-FA"),
    # an adverb of an adjective is no habit ("the normally quiet town", "Usually reliable
    # sources"), nor one of "mostly" ("generally"); a relative "that" is a subject
    ("The normally quiet town was shaken on March 3.", "March 3", "2013-03-03"),
    ("Usually reliable sources said the deal closed in February.", "February", "2013-02"),
    ("Stocks generally fell in January.", "January", "2013-01"),
    ("Farmers lost the crop that normally supplies markets from December through April.", "April", "XXXX-04"),
    # a weekday keeps the clause's direction; the bounds stop at a relative clause
    ("The state, whose fiscal year begins Monday, has no budget.", "Monday", "2013-03-25"),
    ("The firm, whose fiscal year ends in September and which lost money in February, fell.", "February", "2013-02"),
    # ... but not at a conjunction before another bound of the period
    ("The firm, whose fiscal year begins in October and ends in September, lost money.", "September", "XXXX-09"),
])
def test_habit_is_of_any_year(text, expr, value):
    rec = _find(text, expr)
    assert rec.value == value, rec.explanation


@pytest.mark.parametrize("text,value", [
    # a future clause looks to the next such quarter ...
    ("Rates are expected to stay low through the first quarter.", "1999-Q1"),
    # ... but the one just over stays this year's
    ("The company expects to report a loss for the third quarter.", "1998-Q3"),
])
def test_future_quarter_in_december(text, value):
    dec = dt.date(1998, 12, 31)
    assert [t.value for t in tag(text, dec) if "quarter" in t.text] == [value]


def test_past_holiday_weekend():
    # last year's holiday weekend (Memorial Day 2012 was Monday 28 May)
    assert _find("Memorial Day weekend traffic was heavy.", "Memorial Day weekend").value == "2012-W21-WE"


def test_past_holiday_clause_is_past():
    # the tense model's side of the case above: the clause is past
    from jnz_timeline.temporal.tagger import mentions
    m = [m for m in mentions("Memorial Day weekend traffic was heavy.") if m.text == "Memorial Day weekend"]
    assert m and m[0].tense == "past"


# --- the word lists of the clause finder are data (rules/en/normalization/tense_words.yaml)

def test_abbreviation_ends_no_sentence():
    # "Dr." does not cut "will" off the clause of "Tuesday"
    assert _find("The talks will go on with Dr. Smith on Tuesday.", "Tuesday").value == "2013-03-26"


def test_no_regex_compiled_at_import():
    import re

    from jnz_timeline.temporal import tense
    assert not [k for k, v in vars(tense).items() if isinstance(v, re.Pattern)]


def test_word_lists_of_mixed_lengths_compile():
    # lookbehinds need a fixed width: the words are grouped by length
    from jnz_timeline.temporal.tense import _Words
    w = _Words({"abbreviation": "Mr Corp Mrs", "ampm": "a.m. h", "ampm_next": "Mon"})
    assert w.sent_end.search("Mr. Smith met Mrs. Jones of Acme Corp. yesterday") is None
    assert w.sent_end.search("at 6 h Then") and not w.sent_end.search("at 6 a.m. Monday")


def test_language_without_word_lists():
    # neutral defaults: any "." ends a sentence, only punctuation ends a clause, no
    # contractions; the cue table still decides
    import types

    from jnz_timeline.temporal.resources import grammar
    from jnz_timeline.temporal.tense import _Words, tense_at
    w = _Words({})
    assert w.sent_end.search("Dr. Smith") and not w.clause_start.search("and they, because if")
    assert w.word.findall("didn't") == ["didn", "t"]
    g = types.SimpleNamespace(tables={"tense_cue": grammar("en").tables["tense_cue"]})
    text = "The talks will resume with Dr. Smith on Tuesday."
    assert tense_at(text, text.index("Tuesday"), len(text) - 1, g) is None
    text = "The talks will resume on Tuesday."
    assert tense_at(text, text.index("Tuesday"), len(text) - 1, g) == "future"


@pytest.mark.parametrize("text,expr,value", [
    ("Royal Ascot gets under way on Tuesday.", "Tuesday", "2013-03-26"),
    ("Investors are bracing for more turmoil on Tuesday.", "Tuesday", "2013-03-26"),
    ("It is 10 hours before funding runs out at 12:01 a.m. Tuesday.", "12:01 a.m. Tuesday", "2013-03-26T00:01"),
    # not a noun or a name "falls", nor a forecast of a period over
    ("Shares suffered steep falls on Monday.", "Monday", "2013-03-18"),
    ("A man who went over Niagara Falls on Monday survived.", "Monday", "2013-03-18"),
    ("Economists are forecasting a drop in retail sales in February.", "February", "2013-02"),
    # a plan given up: not one still ahead ("will initially open") nor an adjective
    ("The bridge will initially open in June.", "June", "2013-06"),
    ("The originally planned route will open in June.", "June", "2013-06"),
    ("The departure, originally due on 29 March, has been postponed until 31 October.", "31 October", "2013-10-31"),
    # ... and so is one right after an infinitive's verb (and its object's determiner), not
    # a verb after a "to" that is a preposition
    ("They plan to hold their largest combined drills in February.", "February", "2014-02"),
    ("They plan to hold combined drills in February.", "February", "2014-02"),
    ("Flights to Venezuela resumed in February.", "February", "2013-02"),
    ("Lawyers plan to challenge the arrest ordered on Monday.", "Monday", "2013-03-18"),
    ("The company intends to fulfill the request filed in January.", "January", "2013-01"),
    # an "-ed" word after a preposition is an adjective, no past verb
    ("The agency plans to sell land from failed thrifts in the third quarter.", "the third quarter", "2013-Q3"),
    ("Temperatures could fall as low as -8C in sheltered glens on Wednesday night.", "Wednesday night", "2013-03-27TNI"),
    # the second part of a compound is no verb, unless the first is a prefix
    ("He said he would tour fire-hit areas on Saturday.", "Saturday", "2013-03-23"),
    ("Officials said they would meet the Saudi-led delegation on Saturday.", "Saturday", "2013-03-23"),
    ("He was re-elected on Tuesday.", "Tuesday", "2013-03-19"),
    # ... not a relative clause's stranded preposition
    ("The carrier it agreed to merge with reported a loss in the third quarter.", "the third quarter", "2012-Q3"),
    # a plan given up, also after a comma that opens no aside
    ("Originally, the election was scheduled for February.", "February", "2013-02"),
    # an "-ing" word before the verb is a noun, no part of its verb group
    ("The four-day meeting opens with the Champion Hurdle on Tuesday.", "Tuesday", "2013-03-26"),
    ("The ministers are meeting on Tuesday.", "Tuesday", "2013-03-26"),
    # a listing's present tense
    ("On Wednesday at 8 P.M., CBS repeats the special.", "Wednesday", "2013-03-27"),
    ("The Maly Drama Theater performs on Tuesday.", "Tuesday", "2013-03-26"),
    ("The final episode airs on Sunday.", "Sunday", "2013-03-24"),
    ("The documentary premieres Tuesday on PBS.", "Tuesday", "2013-03-26"),
    ("The festival screens the film on Wednesday.", "Wednesday", "2013-03-27"),
    # a clause told with no "that" after "said": its own verb decides, as after "that"
    ("Vatican officials said the Sunday service could draw a million people.", "Sunday", "2013-03-24"),
    ("Officials said the vote on Sunday was close.", "Sunday", "2013-03-17"),
    # a plan headed by a past perfect is past, however long its verb group
    ("SVB UK had been due to be placed into insolvency on Sunday night.", "Sunday night", "2013-03-17TNI"),
    ("The stock split would be paid on a date in January.", "January", "2014-01"),
    # ... not a past verb of a relative clause before a future one
    ("Workers who struck are expected to return on Monday.", "Monday", "2013-03-25"),
    # a release on a timetable, with its object after it; a noun before a preposition
    ("The Agriculture Department releases its next crop estimate on Thursday.", "Thursday", "2013-03-28"),
    ("The company issued press releases on Thursday.", "Thursday", "2013-03-21"),
    # a report of results due, an event going ahead; not "reports" alone, of the news
    ("Rival Sanwa Denki reports its results on Thursday.", "Thursday", "2013-03-28"),
    ("Morgan Stanley reports earnings on Tuesday.", "Tuesday", "2013-03-26"),
    ("The rail strike goes ahead on Tuesday and Thursday.", "Tuesday", "2013-03-26"),
    ("CNN reports the bill was signed on Tuesday.", "Tuesday", "2013-03-19"),
    # a part with no verb after ", and" shares the clause before it; not one after ", or"
    ("Forecasters said the storm could make landfall between Mobile, Ala., and the Florida Panhandle late Thursday.",
     "late Thursday", "2013-03-28"),
    ("Forecasters said the storm could make landfall between Mobile, Ala., and the Florida Panhandle late Thursday or early"
     " Friday.", "early Friday", "2013-03-29"),
    ("Merrill agreed to be bought for $50 billion, or $29 a share, a 70 percent premium to Thursday's close.",
     "Thursday", "2013-03-21"),
    # a past form after a determiner and an ordinal is a noun ("a first cut")
    ("Markets are pricing in a first cut by September.", "September", "2013-09"),
    # a fixture opened or played, with its object after the base form that is also a noun
    ("They open the playoffs Friday night in Los Angeles.", "Friday night", "2013-03-22TNI"),
    ("The Mets play the Dodgers on Saturday.", "Saturday", "2013-03-23"),
    ("They start their title defence on Tuesday.", "Tuesday", "2013-03-26"),
    ("Shops that open the day after Christmas reported sales on Monday.", "Monday", "2013-03-18"),
    # a clause set off by commas after a date that opens the sentence with "by" is an
    # aside: the main clause after it tells the tense
    ("By mid-February, after two fires, the department had asked for help.", "mid-February", "2013-02"),
    ("By February, as students left for the break, many had not received grades.", "February", "2013-02"),
    # a headline in title case capitalises the verb after "to" too
    ("Former Senator's Trial Set to Open Monday\n\nJury selection begins.", "Monday", "2013-03-25"),
    ("Talks were set to resume on Monday.", "Monday", "2013-03-25"),
    # "expected" before "through" the day looks ahead as before the day itself; a parade
    # that steps off; a readiness
    ("The busiest days are ahead, with crowded airports expected through Sunday.", "Sunday", "2013-03-24"),
    ("The parade steps off at 10 a.m. Monday.", "10 a.m. Monday", "2013-03-25T10:00"),
    ("If it rains on Sunday, we're prepared to finish on Monday morning.", "Monday morning", "2013-03-25TMO"),
    ("They were prepared to leave on Tuesday, but stayed.", "Tuesday", "2013-03-19"),
    # polls that open or close at an hour are a timetable; "was open" is past
    ("Polls open at 7 a.m. Sunday and close at 8 p.m.", "7 a.m. Sunday", "2013-03-24T07:00"),
    ("The store was open at 7 a.m. Sunday.", "7 a.m. Sunday", "2013-03-17T07:00"),
    # a condition in the present looks ahead; not a possessive day, nor a past condition
    ("If they lower guidance Tuesday, the turnaround story is in trouble.", "Tuesday", "2013-03-26"),
    ("If Monday's vote is any guide, he will lose.", "Monday", "2013-03-18"),
    ("If it rained on Monday, the game was off.", "Monday", "2013-03-18"),
    # an aim in the present looks ahead; a past one does not tell
    ("Officials want to open the border on Tuesday.", "Tuesday", "2013-03-26"),
    ("The union threatens to strike on Monday.", "Monday", "2013-03-25"),
    ("He wanted to leave on Tuesday, but stayed.", "Tuesday", "2013-03-19"),
])
def test_timetable_words(text, expr, value):
    assert _find(text, expr).value == value
