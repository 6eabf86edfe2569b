### Every word on the screens a child or young person sees (the way in, the secret, the
### form, help now). Easy read: every sentence 15 words or fewer (a test checks). Welsh speaks
### to the child as "ti" and spells "you can" as "gelli" (a test checks). Parents and carers
### see these screens too; where their words differ, they are in family.ftl.
### ትግርኛ (Tigrinya). Tigrinya "you" (singular) is male or female, so these texts use the
### plural "ንስኹም" forms, which fit every reader. app/locales/README.md explains the syntax.

## Help now: the panel on every child screen, and the help page

help-now-title = ቅልጡፍ ሓገዝ
help-now-intro = ሕጂ ምስ ሓደ ሰብ ክትዛረቡ ትኽእሉ ኢኹም። ብነጻ እዩ።
help-danger = ሕጂ ኣብ ሓደጋ ኣለኹም ዶ? ናብ 999 ደውሉ።
help-meic = Meic: ናብ 080880 23456 ደውሉ ወይ ናብ 84001 መልእኽቲ ስደዱ። ካብ ሰዓት 8 ንግሆ ክሳብ ፍርቂ ለይቲ ክፉት እዩ።
help-meic-web = Meic ኣብ ወብሳይት ናይ ጽሑፍ ዕላል እውን ኣለዎ።
help-childline = Childline: ናብ 0800 1111 ደውሉ።
help-call999 = ናብ 999 ደውሉ
help-call-meic = ናብ Meic ደውሉ
help-text-meic = ናብ Meic መልእኽቲ ስደዱ
help-call-childline = ናብ Childline ደውሉ

## The way in: a code or link, then the review

landing-type-code = ኮድኩም ጸሓፉ
entry-title = መጀመርታ
entry-code-label = ኮድኩም
entry-code-hint = ከምዚ ይመስል፦ ACD7F-GH3KM። ዓበይቲ ፊደላት ክትጽሕፉ ኣየድልየኩምን።
entry-start = ጀምሩ
entry-not-working = ይቕሬታ፣ እቲ ኮድ ወይ ሊንክ ኣይሰርሐን። ኣረጊቱ ወይ ናይ ጽሕፈት ጌጋ ኣለዎ ይኸውን። በጃኹም ኣረጋግጽዎ፣ ወይ ሓገዝ ሕተቱ።
entry-code-missing = ካብ ደብዳቤኹም ዘሎ ኮድ ጸሓፉ።
entry-too-many = ብዙሕ ግዜ ፈቲንኩም። በጃኹም { $minutes } ደቒቕ ተጸበዩ፣ ወይ ሓገዝ ሕተቱ።
entry-try-code = ኣብ ክንድኡ ኮድ ጸሓፉ
entry-ask-heading = መን ክሕግዘኩም ይኽእል
entry-hello = ሰላም { $name }!
entry-leave = ንሕጂ ኣብዚ ይኣክል
entry-left = ንሕጂ ወዲእኩም ኣለኹም። ክትምለሱ እንተደሊኹም፣ ሊንክኩም ወይ ኮድኩም ተጠቐሙ።
my-review-title = ገምጋምኩም
my-review-when-child = ኣኼባ ገምጋምኩም ብ{ $when } እዩ።
my-review-from = ነዚ ገምጋም ዘካይዶ { $council } እዩ።
my-review-questions = ሕቶ ኣሎኩም ዶ? ንጉጅለ ገምጋም ተወከሱ፦

## Making and using a secret

secret-pick-three = ልክዕ 3 ስእልታት ምረጹ።
secret-phrase-short = ምስጢራዊ ሓረግኩም 8 ፊደላት ወይ ካብኡ ንላዕሊ ክህልዎ ኣለዎ።
secret-phrase-long = ምስጢራዊ ሓረግኩም ኣዝዩ ነዊሕ እዩ። ካብ 200 ዝውሕድ ፊደላት ተጠቐሙ።
secret-phrase-differ = እቶም ክልተ ሓረጋት ሓደ ዓይነት ኣይኮኑን። ደጊምኩም ጸሓፍዎ።
secret-phrase-label = ምስጢራዊ ሓረግ
secret-phrase-again = ደጊምኩም ጸሓፍዎ
secret-pictures-legend = 3 ስእልታት ምረጹ
secret-use-pictures = ስእልታተይ ምዕቃብ
secret-use-phrase = ሓረገይ ምዕቃብ
unlock-wrong = እዚ ቅኑዕ ኣይኮነን። ደጊምኩም ፈትኑ።
unlock-locked = ምስጢርኩም ተዓጽዩ ኣሎ። ንተኸናኻኒኹም ወይ ንናትኩም IRO ሓገዝ ሕተቱ።
unlock-go = ምእታው
child-secret-title = ምስጢርኩም ፍጠሩ
child-unlock-title = እንቋዕ ብደሓን ተመለስኩም

## Asking for an advocate

advocacy-asked = ሓደ ተጣባቓይ ምሳኹም ርክብ ክገብር ክንሓትት ኢና።
advocacy-from = ኣብ ከባቢኹም ዘለዉ ተጣበቕቲ ካብ { $provider } እዮም።
advocacy-reference = ቁጽሪ ሕቶኹም { $reference } እዩ።
child-advocacy-title = ተጣባቓይ ትደልዩ ዶ?

## Messages to the IRO

message-pick-kind = መልእኽትኹም ብዛዕባ እንታይ ምዃኑ ምረጹ።
message-sent = መልእኽትኹም ናብ ናትኩም IRO ተላኢኹ ኣሎ።
message-sent-on = ብ{ $date } ተላኢኹ
message-not-read-yet = ገና ኣይተነበበን
messages-sent-heading = ዝሰደድኩምዎም መልእኽትታት
tell-my-iro = ንናተይ IRO ምንጋር

## Giving views: the form, checking, adding more, done

check-change-answers = መልስታተይ ምቕያር
consult-too-long = እዚ ኣዝዩ ነዊሕ እዩ። በጃኹም ካብ { $limit } ፊደላት ንታሕቲ ግበርዎ፣ ወይ ድሕሪ ምልኣኽ ወስኹ።
consult-not-a-choice = በጃኹም ካብቶም ዝተራእዩ መልስታት ሓደ ምረጹ።
consult-already-sent = ነዚ ድሮ ሰዲድኩምዎ ኣለኹም። ኣብ ታሕቲ ተወሳኺ ክትውስኹ ትኽእሉ ኢኹም።
check-saved = ምርጫታትኩም ተዓቂቦም ኣለዉ።
check-save-choices = ነዞም ምርጫታት ምዕቃብ
check-nothing = ገና ኣብዚ ዋላ ሓንቲ ኣይጸሓፍኩምን። ጸገም የብሉን።
add-more-label = ካልእ ነገር ወስኹ
add-more-send = እዚ ወስኹ
add-more-closed = ቅድሚ እዚ ኣኼባ ተወሳኺ ንምውሳኽ ግዜ ሓሊፉ እዩ። ኣብቲ ኣኼባ ንናትኩም IRO ክትነግሩ ትኽእሉ ኢኹም።
add-more-empty = ዝውሰኽ ነገር ጸሓፉ፣ ወይ ግደፍዎ።
add-more-saved = ወሲኽናዮ ኣለና። ናትኩም IRO ክርእይዎ እዮም።
added-on = ብ{ $date } ተወሲኹ
done-meeting = ኣኼባኹም ብ{ $date } እዩ።
done-add-until = ክሳብ { $date } ተወሳኺ ክትውስኹ ትኽእሉ ኢኹም።
done-what-you-said = ዝበልኩምዎ
form-later-title = ንድሓር ተዓቂቡ
form-later-saved = ዝበልኩምዎ ኩሉ ተዓቂቡ ኣሎ።
form-later-return = ክትምለሱ፣ ሊንክኩም ወይ ኮድኩም ተጠቐሙ። ድሕሪኡ ምስጢርኩም ተጠቐሙ።
form-carry-on = ቀጽሉ
form-start = ጀምሩ
form-see-what-i-said = ዝበልክዎ ምርኣይ
form-progress = ግስጋሰኹም
form-part = ክፋል { $n } ካብ { $total }
form-done = ተወዲኡ
form-here = ኣብዚ ኣለኹም
form-your-answer = መልስኹም
form-not-safe-help = ውሕስነት እንተዘይተሰሚዑኩም፣ ነዚ መጠወቒ ጠውቑ።
form-talk-to-advocate = ምስ ተጣባቓይ ተዛረቡ
form-retrying = ገና ኣይተዓቀበን። መልስታትኩም ኣብዚ መሳርሒ ተዓቂቦም ኣለዉ። ደጊምና ንፍትን ኣለና…
form-signed-out = መልስታትኩም ኣብዚ መሳርሒ ተዓቂቦም ኣለዉ። ንኽዕቀቡ፣ ሊንክኩም ወይ ኮድኩም ደጊምኩም ክፈቱ።
form-saving = ይዕቀብ ኣሎ…
form-saved = ተዓቂቡ
form-offline = ርክብ ኢንተርነት የለን። መልስታትኩም ኣብዚ መሳርሒ ተዓቂቦም ኣለዉ። ኢንተርነት ምስ ተመልሰ ክዕቀቡ እዮም።
safe-duty-number = ናይ ህጹጽ እዋን ጉጅለ፦ { $name }፣ { $phone }
safe-not-signed-in = ውሑሳት እንተዘይኮንኩም፣ ናብ 999 ደውሉ ወይ ምስ ሓደ ካብዞም ኣብ ታሕቲ ዘለዉ ተዛረቡ።
child-welcome-title = እንቋዕ ብደሓን መጻእኩም
child-about-title = እዚ እንታይ እዩ?
child-check-title = ዝበልኩምዎ ኣረጋግጹ
child-done-title = ስለ ዝነገርኩምና የቐንየልና
child-safe-title = ውሕስነት ከም ዘይስምዓኩም ነጊርኩምና
child-form-title = ሓሳባትኩም
listen = ስምዑ
sharing-private-tag = ንናትኩም IRO ጥራይ
sharing-share-tag = ክዝረበሉ ይኽእል

## Say it or draw it: why a recording or a drawing was not kept

err-media-wrong-voice = እዚ ከነጻውቶ ኣይንኽእልን። በጃኻ ድምጺ ዝተቐድሐ ስደድ።
err-media-wrong-drawing = እዚ ከነርእዮ ኣይንኽእልን። በጃኻ ስእሊ ስደድ።
err-media-empty = እዚ ባዶ ነበረ። በጃኻ እንደገና ፈትን።
err-media-silent = ዋላ ሓንቲ ኣይሰማዕናን። በጃኻ እንደገና ፈትን።
err-media-too-big = እዚ ኣዝዩ ዓቢ እዩ። በጃኻ ዝሓጸረ ወይ ዝነኣሰ ስደድ።
err-media-damaged = እዚ ምሉእ ኮይኑ ኣይበጽሐን። በጃኻ እንደገና ፈትን።
