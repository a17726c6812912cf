# -*- coding: utf-8 -*-
"""Regenerates every output file of blind set 29 (deterministic)."""
import os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
import data, questions, dialogues
data.write_courses('../courses.csv')
data.write_targets('../targets.csv')
questions.write('../questions.jsonl')
import json
with open('../dialogues.jsonl', 'w', encoding='utf-8') as f:
    for d in dialogues.DIALOGUES:
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print('courses', len(data.COURSES), 'targets', len(data.TARGETS), 'questions', len(questions.ITEMS),
      'dialogues', len(dialogues.DIALOGUES), 'warnings', dialogues.WARN)
