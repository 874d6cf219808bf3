// Verdicts that a measure does good and claims that something is owed, as speeches and papers pass them
// without a reporting verb: "This new offence will make our roads safer", "these actions will support
// families", "provides certainty and security to businesses", "The men and women in uniform deserve our
// support", "they are entitled to the full support of ...", "we stand behind them", "Congress has a
// responsibility to ...", "our task here is to strengthen ...", "I accepted all its recommendations", "We
// also support farmers markets", "has been an effective intervention", "These rules take a balanced
// approach", "I wish to abolish it", "We will be introducing new contracts", "I join with the chairman in
// bringing the bill to the floor", "I hope we can find a way to increase ...". Each says which way its holder leans; what is judged is the subject.

const S = String.raw`[ \u00a0]+`;

/** A verdict that the thing judged does good, or a claim that something is owed: support. */
export const MERIT = new RegExp(
  String.raw`\b(?:will${S}(?:also${S}|further${S})?(?:make|keep)${S}(?:[\p{L}’'-]+${S}){0,4}?(?:safer|better|easier|fairer|simpler|stronger|cheaper|healthier|more${S}(?:affordable|secure|efficient|competitive|reliable|resilient|sustainable|accountable|transparent))|will${S}(?:also${S}|further${S})?(?:support|benefit|enhance|transform|modernise|modernize|revolutionise|revolutionize)${S}(?!the${S}(?:House|Committee)\b)|provides?${S}(?:greater${S}|more${S}|much-needed${S})?(?:certainty|security|stability|clarity|confidence|reassurance)|deserves?${S}(?:better|more|our${S}support|the${S}(?:full${S})?support|(?:a|the)${S}(?:fair|better|proper|decent)\b)|(?:are|is)${S}entitled${S}to${S}(?:the${S}|our${S})?(?:full${S})?support|(?:we|I)${S}(?:will${S})?stand${S}(?:behind|with|by)${S}(?:them|him|her|our|the)|(?:has|have)${S}a${S}(?:duty|responsibility|obligation)${S}to|(?:our|the)${S}(?:task|job|duty)${S}(?:here${S}|now${S})?is${S}to|accept(?:s|ed)?${S}(?:(?:all|most|many|some|each|every${S}one)${S}|in${S}full${S})?(?:of${S})?(?:the|its|their|his|her)${S}(?:[\p{L}-]+${S})?recommendations|(?:continu\w*|maintain\w*|reaffirm\w*|renew\w*)${S}(?:our|its|their|my|his|her)${S}(?:[\p{L}-]+${S})?(?:support|commitment)${S}(?:for|to)|(?:is|are|was|were|has${S}been|have${S}been)${S}(?:an?${S})?(?:very${S}|highly${S}|hugely${S}|extremely${S})?(?:effective|valuable|worthwhile|invaluable)\b|(?:a|the)${S}(?:balanced|sensible|pragmatic|proportionate|responsible|right)${S}approach|(?:we|I)${S}(?:will|shall)${S}(?:also${S})?be${S}(?!(?:looking|talking|speaking|saying|asking|writing|meeting|answering|responding|replying|reporting|going|making${S}a${S}statement)\b)\p{L}{3,}ing\b(?!${S}to\b)|join(?:s|ed)?${S}(?:with${S})?(?:[\p{L}.,’'-]+${S}){1,10}?in${S}(?:bringing|supporting|backing|welcoming|calling${S}for|urging|sponsoring|co-?sponsoring|introducing|offering)|hope${S}(?:that${S})?we${S}(?:can|will|could)${S}(?!(?:hear|talk|discuss|see)\b)|(?:are|is|am)${S}determined${S}that|(?:I|we)${S}(?:would${S})?(?:suggest|propose|recommend)${S}(?:a|an|that|we)\b|(?:am|are)${S}(?:\p{L}+ly${S})?(?:pleased|delighted|glad|proud)${S}(?:our|the|this|we|he|she|they)${S}|(?:I|we)${S}(?:\p{L}+ly${S})?(?:wish|intend|propose)${S}(?:(?!not\b)[\p{L}-]+${S}){0,3}?to${S}(?!(?:say|be|thank|ask|express|pay|congratulate|record|place|make|inform|remind|draw|refer|begin|conclude|raise|put|pose|add|mention|speak|turn|address${S}the${S}House)\b)|(?:we|I|they)${S}(?:(?:also|fully|strongly|still|very${S}much|do|continue${S}to)${S})+support${S}[\p{L}@])`,
  'iu',
);

/** Key words for stance-gates.ts: every alternative above holds one. */
export const MERIT_WORDS =
  'suggest|recommend|join|hope|determined|will |shall |provide|deserve|entitled|stand behind|stand with|stand by|duty to|responsibility to|obligation to|task|job|duty|recommendations|support|commitment|effective|valuable|worthwhile|approach|pleased|delighted|glad|proud|wish|intend|propose';
