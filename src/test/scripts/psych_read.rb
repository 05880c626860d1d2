# Reads front matter the way Jekyll does on Debian (jekyll 4.3.1+dfsg: Psych.safe_load with
# Date and Time permitted and aliases allowed) and prints one canonical line per case, so that
# PsychCrossCheckTest can compare it with SnakeYAML's reading. Input: JSON lines
# {"yaml": TEXT, "key": KEY}. Output: "ok CANON" or "error MESSAGE", one line per input line.
require 'json'
require 'yaml'
require 'date'

def canon(v)
  case v
  when nil then 'n'
  when true, false then "b:#{v}"
  when Integer then "i:#{v}"
  when Float then v.nan? ? 'f:nan' : (v.infinite? ? "f:#{v.positive? ? '' : '-'}inf" : "f:#{v}")
  when String then "s:#{v.encoding == Encoding::BINARY ? v.bytes.join('.') : v}"
  when Time then "t:#{v.utc.strftime('%Y-%m-%dT%H:%M:%S')}"
  when Date then "t:#{v.strftime('%Y-%m-%d')}T00:00:00"
  when Array then "[#{v.map { |x| canon(x) }.join(',')}]"
  when Hash then "{#{v.map { |k, x| "#{canon(k)}=#{canon(x)}" }.join(',')}}"
  else "?:#{v.class}"
  end
end

# The same escaping as PsychCrossCheckTest.json, so equal strings print equal lines.
def esc(s)
  body = s.gsub(/["\\]/) { |c| "\\#{c}" }
  body = body.gsub(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/) { |c| format('\\u%04x', c.ord) }
  "\"#{body}\""
end

$stdout.sync = false
STDIN.each_line do |line|
  c = JSON.parse(line)
  begin
    data = Psych.safe_load(c['yaml'], permitted_classes: [Date, Time], aliases: true)
    if data.is_a?(Hash)
      puts "ok #{esc(canon(data[c['key']]))}"
    else
      puts 'error not a map'
    end
  rescue StandardError, Psych::Exception => e
    puts "error #{e.class}: #{e.message.gsub(/\s+/, ' ')}"
  end
end
