### The words on the child's screens that differ for a parent or carer: Welsh addresses an adult
### as "chi" (a test checks that none says "ti"). Each one has a twin in child.ftl
### (`for_adults` in app/src/i18n/mod.rs pairs them). Easy read too: 15 words or fewer a sentence.
### ትግርኛ (Tigrinya): the polite plural "ንስኹም". app/locales/README.md explains the syntax.

## Help for adults (the panel on parents' and carers' screens)

help-adult-danger = ሓደ ቆልዓ ሕጂ ኣብ ሓደጋ እንተሃልዩ፣ ናብ 999 ደውሉ።
help-samaritans = ሕጂ ምስ ሓደ ሰብ ክትዛረቡ ትደልዩ ዶ? Samaritans ቀትሪ ይኹን ለይቲ ይሰምዑ። ብነጻ እዩ።
help-call-samaritans = ናብ Samaritans ደውሉ፦ 116 123
help-call-samaritans-welsh = Samaritans ብዌልሽ፦ 0808 164 0123

## The way in and the review

my-review-when-adult = ናይ { $name } ኣኼባ ገምጋም ብ{ $when } እዩ።
give-your-views = ሓሳባትኩም ሃቡ
see-what-you-sent = ዝሰደድኩምዎ ርኣዩ
adult-form-carry-on = ቀጽሉ
adult-my-review-title = ገምጋምኩም

## The same screens as a child's, in the words for an adult

adult-check-saved = ምርጫታትኩም ተዓቂቦም ኣለዉ።
adult-secret-phrase-again = ደጊምኩም ጸሓፍዎ
adult-unlock-go = ምእታው
adult-form-later-saved = ዝበልኩምዎ ኩሉ ተዓቂቡ ኣሎ።
adult-form-later-return = ክትምለሱ፣ ሊንክኩም ወይ ኮድኩም ተጠቐሙ። ድሕሪኡ ምስጢራዊ ሓረግኩም ጸሓፉ።
adult-advocacy-from = ኣብ ከባቢኹም ዘለዉ ተጣበቕቲ ካብ { $provider } እዮም።
adult-advocacy-reference = ቁጽሪ ሕቶኹም { $reference } እዩ።
adult-done-what-you-said = ዝበልኩምዎ
adult-done-add-until = ክሳብ { $date } ተወሳኺ ክትውስኹ ትኽእሉ ኢኹም።
adult-add-more-label = ካልእ ነገር ወስኹ
adult-check-nothing = ገና ዋላ ሓንቲ ኣይጸሓፍኩምን። ጸገም የብሉን።
adult-form-progress = ግስጋሰኹም
adult-form-offline = ርክብ ኢንተርነት የለን። መልስታትኩም ኣብዚ መሳርሒ ተዓቂቦም ኣለዉ። ኢንተርነት ምስ ተመልሰ ክዕቀቡ እዮም።
adult-secret-phrase-short = ምስጢራዊ ሓረግኩም 8 ፊደላት ወይ ካብኡ ንላዕሊ ክህልዎ ኣለዎ።
adult-secret-phrase-long = ምስጢራዊ ሓረግኩም ኣዝዩ ነዊሕ እዩ። ካብ 200 ዝውሕድ ፊደላት ተጠቐሙ።
adult-secret-phrase-differ = እቶም ክልተ ሓረጋት ሓደ ዓይነት ኣይኮኑን። ደጊምኩም ጸሓፍዎ።
adult-unlock-wrong = እዚ ቅኑዕ ኣይኮነን። ደጊምኩም ፈትኑ።
adult-unlock-locked = ምስጢራዊ ሓረግኩም ተዓጽዩ ኣሎ። ክኽፈት፣ በጃኹም ናብ ጉጅለ ገምጋም ደውሉ።
adult-consult-too-long = እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም ካብ { $limit } ፊደላት ንታሕቲ ግበርዎ፣ ወይ ድሕሪ ምልኣኽ ወስኹ።
adult-consult-not-a-choice = በጃኹም ካብቶም ዝተራእዩ መልስታት ሓደ ምረጹ።
adult-add-more-empty = ዝውሰኽ ነገር ጸሓፉ፣ ወይ ግደፍዎ።
adult-add-more-closed = ቅድሚ እዚ ኣኼባ ተወሳኺ ንምውሳኽ ግዜ ሓሊፉ እዩ። ኣብቲ ኣኼባ ነቲ IRO ክትነግሩ ትኽእሉ ኢኹም።
adult-add-more-saved = ወሲኽናዮ ኣለና። እቲ IRO ክርእይዎ እዮም።
adult-advocacy-asked = ሓደ ተጣባቓይ ምሳኹም ርክብ ክገብር ክንሓትት ኢና።
adult-consult-already-sent = ነዚ ድሮ ሰዲድኩምዎ ኣለኹም። ኣብ ታሕቲ ተወሳኺ ክትውስኹ ትኽእሉ ኢኹም።
adult-form-retrying = ገና ኣይተዓቀበን። መልስታትኩም ኣብዚ መሳርሒ ተዓቂቦም ኣለዉ። ደጊምና ንፍትን ኣለና…
adult-form-signed-out = መልስታትኩም ኣብዚ መሳርሒ ተዓቂቦም ኣለዉ። ንኽዕቀቡ፣ ሊንክኩም ወይ ኮድኩም ደጊምኩም ክፈቱ።
