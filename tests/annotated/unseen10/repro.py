#!/usr/bin/env python3
"""Minimal reproductions of the bugs in FINDINGS.md (tenth blind audit).

usage: repro.py [BINARY]

Each case is a tiny document; `want` lists (target, relation) pairs (relation
None = any) that must be printed, `forbid` targets that must not be printed,
`source` (optional) the expected source of every line, `bad_rel` relations that
must not be printed. Prints PASS/FAIL with the tool's actual lines.
(Harness: tests/unseen/repro_harness.py.) Case ids = root-cause letters in FINDINGS.md.
"""
import os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
COSP = "Conference of the States Parties to the United Nations Convention against Corruption\n\n"
IRG = "# Conference of the States Parties to the United Nations Convention against Corruption\n\nCAC/COSP/IRG/2023/9\n\nDistr.: General\n\n## Implementation Review Group\n\n"

CASES = [
    # S unowned 'the Nth session' in an IRG report after a Conference resolution in the sentence -> cosp
    ("S1 IRG report: 'The secretariat referred to the information provided at the thirteenth session and at the resumed thirteenth session' -> irg:13",
     IRG + "5. The secretariat referred to the information provided at the thirteenth session and at the resumed thirteenth session.\n",
     [("session:irg:13", None)], ["session:cosp:13"], None),
    # H 'Resumed Nth session' header line under the IRG heading -> cosp
    ("H1 IRG masthead + '### Resumed fourteenth session' -> irg:14",
     IRG + "### Resumed fourteenth session\n\nVienna, 4–6 September 2023\n\n1. The Group met.\n",
     [("session:irg:14", None)], ["session:cosp:14"], None),
    # J joint masthead symbol 'E/2024/30-E/CN.15/2024/14' printed as two references, source file:
    ("J1 masthead 'E/2024/30-E/CN.15/2024/14' is the document's own symbol, not a reference",
     "Economic and Social Council\n\nE/2024/30-E/CN.15/2024/14\n\n# Commission on Crime Prevention and Criminal Justice\n\n1. Several speakers welcomed Conference resolution 10/2.\n",
     [("res:cosp:10/2", "welcomes")], ["doc:E/2024/30", "doc:E/CN.15/2024/14"], "doc:E/2024/30"),
    # O 'its article N' whose possessor is another (non-UN) convention -> art:uncac:N
    ("O1 'The Council of Europe Criminal Law Convention on Corruption, in its article 26, and the Civil Law Convention on Corruption, in its article 13' -> nothing",
     COSP + "4. The Council of Europe Criminal Law Convention on Corruption, in its article 26, and the Civil Law Convention on Corruption, in its article 13, also provide for cooperation.\n",
     [], ["art:uncac:26", "art:uncac:13"], None),
    # D verb of a first 'that'-clause leaks into a second coordinated 'that'-clause with its own verb
    ("D1 'recalled that, in its decision 5/1, the Conference had decided ..., and that the Conference had followed the same practice in decisions 7/1 and 9/1' -> 7/1, 9/1 not decides",
     COSP + "2. The secretariat recalled that, in its decision 5/1, the Conference had decided that its sixth session would be held in Vienna, and that the Conference had followed the same practice in decisions 7/1 and 9/1.\n",
     [("dec:cosp:7/1", None), ("dec:cosp:9/1", None)], [], None, {"dec:cosp:7/1": "decides", "dec:cosp:9/1": "decides"}),
    # Q passive 'may be requested' inside a relative clause gives 'requests' to the next clause's subject
    ("Q1 'Article 46, paragraph 3, lists the purposes for which assistance may be requested, and article 46, paragraph 9 (b), governs ...' -> cites",
     COSP + "2. Article 46, paragraph 3, of the Convention lists the purposes for which mutual legal assistance may be requested, and article 46, paragraph 9 (b) and (c), governs assistance in the absence of dual criminality.\n",
     [("art:uncac:46(3)", "cites"), ("art:uncac:46(9)(b)", "cites"), ("art:uncac:46(9)(c)", "cites")], [], None),
    # E a functional commission's own session in a CCPCJ report title -> session:ecosoc:N
    ("E1 CCPCJ report '## Report on the thirty-third session' -> no session:ecosoc:33",
     "Economic and Social Council\n\n# Commission on Crime Prevention and Criminal Justice\n\n## Report on the thirty-third session (8 December 2023 and 13–17 May 2024)\n\n1. Several speakers welcomed Conference resolution 10/2.\n",
     [("res:cosp:10/2", None)], ["session:ecosoc:33"], None),
    # C a report's own chapter heading '### Chapter V' -> chap:uncac:V
    ("C1 CCPCJ report heading '### Chapter V' (the report's own chapter) -> no chap:uncac:V",
     "Economic and Social Council\n\n# Commission on Crime Prevention and Criminal Justice\n\n### Chapter V\n\n#### Integration and coordination of efforts\n\n1. Several speakers welcomed Conference resolution 10/2.\n",
     [("res:cosp:10/2", None)], ["chap:uncac:V"], None),
    # T unowned 'the twelfth session' repeating the Conference's session named before -> owner of the clause subject
    ("T1 'the twelfth session of the Conference' then 'whether the Implementation Review Group should hold its resumed sessions in conjunction with the twelfth session' -> cosp:12",
     COSP + "1. The Chair convened consultations on the venue of the twelfth session of the Conference.\n\n2. Delegations discussed whether the Implementation Review Group should hold its resumed sessions in conjunction with the twelfth session.\n",
     [("session:cosp:12", None)], ["session:irg:12"], None),
    # M 'as called for in' / 'in implementation of' not read as connectives (acts-under), unlike 'as mandated by' / 'consistent with'
    ("M1 'The secretariat noted that, as called for in resolution 4/1, it had continued to report' -> acts-under",
     COSP + "5. The secretariat noted that, as called for in resolution 4/1, it had continued to report on expenditures.\n",
     [("res:cosp:4/1", "acts-under")], [], None),
    ("M2 'Decides, in implementation of paragraph 2 of resolution 10/1, that ...' -> acts-under",
     COSP + "1. *Decides*, in implementation of paragraph 2 of resolution 10/1, that the second phase shall proceed;\n",
     [("res:cosp:10/1", "acts-under")], [], None),
    # Z contract question: 'A/78/6 (Sect. 16)' -> doc:A/78/6 (section dropped)
    ("Z1 (contract question) 'in document A/78/6 (Sect. 16)' -> doc:A/78/6 (Sect. 16)",
     COSP + "3. The budget had been presented to the General Assembly in document A/78/6 (Sect. 16).\n",
     [("doc:A/78/6 (Sect. 16)", None)], [], None),
]

if __name__ == "__main__":
    sys.path.insert(0, os.path.join(HERE, "..", "unseen"))
    from repro_harness import main
    sys.exit(1 if main(CASES) else 0)
