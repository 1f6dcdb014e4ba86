package io.gongkai.disclosure.channel;

import io.gongkai.commons.problem.ProblemException;
import io.gongkai.commons.web.ETags;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class ChannelService {

    public List<ChannelView> list(boolean includeInactive) {
        List<Channel> channels = includeInactive
                ? Channel.list("order by sortOrder, code")
                : Channel.list("active = true order by sortOrder, code");
        return channels.stream().map(ChannelView::of).toList();
    }

    public Optional<ChannelView> find(String code) {
        return Channel.<Channel>findByIdOptional(code).map(ChannelView::of);
    }

    @Transactional
    public ChannelView create(ChannelRequest request) {
        if (Channel.findById(request.code()) != null) {
            throw ProblemException.conflict("Channel " + request.code() + " already exists");
        }
        Channel channel = new Channel();
        channel.code = request.code();
        apply(channel, request);
        channel.persist();
        return ChannelView.of(channel);
    }

    @Transactional
    public ChannelView update(String code, ChannelRequest request, String ifMatch) {
        Channel channel = Channel.<Channel>findByIdOptional(code)
                .orElseThrow(() -> ProblemException.notFound("Channel " + code));
        if (!code.equals(request.code())) {
            throw ProblemException.invalid("code", "must equal the code in the path");
        }
        ETags.requireMatch(ifMatch, channel.version);
        apply(channel, request);
        Channel.flush();
        return ChannelView.of(channel);
    }

    private static void apply(Channel channel, ChannelRequest request) {
        channel.name = request.name().strip();
        channel.countedPer = request.countedPer().strip();
        channel.description = request.description();
        channel.active = request.active() == null || request.active();
        channel.sortOrder = request.sortOrder() == null ? 100 : request.sortOrder();
    }
}
