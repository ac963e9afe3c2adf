// phrasebook
